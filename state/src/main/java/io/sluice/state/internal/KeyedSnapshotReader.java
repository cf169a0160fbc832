package io.sluice.state.internal;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a snapshot in the {@link KeyedSnapshotFormat} into a backend's stores, keeping only some key groups. */
public final class KeyedSnapshotReader {
  private KeyedSnapshotReader() {}

  /**
   * Reads the whole snapshot and puts the entries of the key groups in {@code wanted} into the store that
   * {@code storeFor} gives for each state (called once per state, before any entry is read).
   *
   * @param maxParallelism the restoring job's; must be the snapshot's, or key groups would not match
   * @param keySerializer the restoring backend's; must equal the snapshot's
   * @throws IOException when the input is not a supported snapshot, is truncated or does not match
   */
  public static void read(
      DataInput in, KeyGroupRange wanted, int maxParallelism, SerializerSnapshot keySerializer,
      Function<RegisteredStateMeta, ByteStore> storeFor) throws IOException {
    KeyedSnapshotFormat.Header header = KeyedSnapshotFormat.Header.read(in);
    if (header.maxParallelism() != maxParallelism) {
      throw new IOException("Snapshot taken with maximum parallelism " + header.maxParallelism() + ", this job has "
          + maxParallelism + ": key groups would not match");
    }
    if (!header.keySerializer().equals(keySerializer)) {
      throw new IOException("Snapshot keys were written by " + header.keySerializer()
          + ", this backend's key serializer is " + keySerializer);
    }
    List<ByteStore> stores = new ArrayList<>(header.states().size());
    for (RegisteredStateMeta meta : header.states()) {
      stores.add(storeFor.apply(meta));
    }
    KeyGroupRange written = header.range();
    for (int expected = written.start(); expected <= written.end(); expected++) {
      int keyGroup = in.readInt();
      if (keyGroup != expected) {
        throw new IOException("Corrupt keyed-state snapshot: key group " + keyGroup + " where " + expected
            + " expected");
      }
      boolean keep = wanted.contains(keyGroup);
      for (ByteStore store : stores) {
        int entries = VarInts.read(in);
        for (int e = 0; e < entries; e++) {
          byte[] key = readBytes(in);
          byte[] value = readBytes(in);
          if (keep) {
            store.put(keyGroup, key, value);
          }
        }
      }
    }
  }

  private static byte[] readBytes(DataInput in) throws IOException {
    byte[] bytes = new byte[VarInts.read(in)];
    in.readFully(bytes);
    return bytes;
  }
}
