package io.sluice.state.heap;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.internal.AbstractKeyedStateBackend;
import io.sluice.state.internal.ByteStore;
import io.sluice.state.internal.RegisteredStateMeta;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed state on the Java heap. Like every backend it stores bytes ({@link HeapByteStore}: per state, key group
 * → store key → value, where the store key is {@code key ‖ namespace [‖ mapKey]}); typed handles, namespaces and
 * TTL come from {@link AbstractKeyedStateBackend}. Keeping bytes costs a serialization per access but makes
 * memory use predictable, makes snapshots a matter of freezing maps, and lets the heap and RocksDB backends pass
 * one contract test suite.
 *
 * <p>Checkpointing is split as the runtime needs it: {@link #snapshot()} is the synchronous part and only
 * freezes each key group's map (copy-on-write, see {@link HeapByteStore}); {@link HeapSnapshot#writeTo} is the
 * part that may run later. {@link #restore(DataInput, KeyGroupRange)} loads the chosen key groups of a snapshot;
 * restoring several snapshots with disjoint key groups merges them (scale in), restoring one into several
 * backends with smaller ranges splits it (scale out).
 */
public final class HeapKeyedStateBackend extends AbstractKeyedStateBackend {
  public HeapKeyedStateBackend(KeyedBackendParameters parameters) {
    super(parameters);
  }

  @Override
  protected ByteStore createStore(RegisteredStateMeta meta) {
    return new HeapByteStore(keyGroupRange());
  }

  /** Freezes the current state; cheap, whatever the state's size. Changes made afterwards are not in it. */
  public HeapSnapshot snapshot() {
    checkOpen();
    List<HeapSnapshot.FrozenState> frozen = new ArrayList<>();
    for (RegisteredState state : registeredStates()) {
      frozen.add(new HeapSnapshot.FrozenState(state.meta(), ((HeapByteStore) state.store()).freeze()));
    }
    return new HeapSnapshot(
        maxParallelism(), parameters().keySerializer().snapshot(), keyGroupRange(), frozen);
  }

  /** Takes a snapshot and writes it at once. */
  public void snapshot(DataOutput out) throws IOException {
    snapshot().writeTo(out);
  }

  /** Restores the key groups of the snapshot that this backend owns. */
  public void restore(DataInput in) throws IOException {
    restore(in, keyGroupRange());
  }

  /**
   * Loads the entries of the snapshot's key groups that are in {@code keyGroups}, which must be within this
   * backend's range; the others are read and skipped. Meant for a fresh backend: existing entries with the same
   * keys are overwritten. States may be declared before or after; their declaration must match the snapshot's
   * kinds and serializers.
   *
   * @throws IOException when the input is not a heap snapshot of a supported version, or was taken with another
   *     maximum parallelism or key serializer
   */
  public void restore(DataInput in, KeyGroupRange keyGroups) throws IOException {
    checkOpen();
    if (!keyGroupRange().contains(keyGroups)) {
      throw new IllegalArgumentException("Cannot restore key groups " + keyGroups + " into " + keyGroupRange());
    }
    readHeader(in);
    KeyGroupRange written = new KeyGroupRange(in.readInt(), in.readInt());
    int stateCount = VarInts.read(in);
    List<ByteStore> stores = new ArrayList<>(stateCount);
    for (int i = 0; i < stateCount; i++) {
      stores.add(storeForRestore(RegisteredStateMeta.read(in)));
    }
    for (int expected = written.start(); expected <= written.end(); expected++) {
      int keyGroup = in.readInt();
      if (keyGroup != expected) {
        throw new IOException("Corrupt heap snapshot: key group " + keyGroup + " where " + expected + " expected");
      }
      boolean wanted = keyGroups.contains(keyGroup);
      for (ByteStore store : stores) {
        int entries = VarInts.read(in);
        for (int e = 0; e < entries; e++) {
          byte[] key = readBytes(in);
          byte[] value = readBytes(in);
          if (wanted) {
            store.put(keyGroup, key, value);
          }
        }
      }
    }
  }

  private void readHeader(DataInput in) throws IOException {
    int magic = in.readInt();
    if (magic != HeapSnapshot.MAGIC) {
      throw new IOException("Not a heap keyed-state snapshot (magic " + Integer.toHexString(magic) + ")");
    }
    int version = in.readInt();
    if (version != HeapSnapshot.VERSION) {
      throw new IOException("Unsupported heap snapshot version " + version + ", this build reads "
          + HeapSnapshot.VERSION);
    }
    int maxParallelism = in.readInt();
    if (maxParallelism != maxParallelism()) {
      throw new IOException("Snapshot taken with maximum parallelism " + maxParallelism + ", this job has "
          + maxParallelism() + ": key groups would not match");
    }
    SerializerSnapshot keySerializer = SerializerSnapshot.read(in);
    if (!keySerializer.equals(parameters().keySerializer().snapshot())) {
      throw new IOException("Snapshot keys were written by " + keySerializer + ", this backend's key serializer is "
          + parameters().keySerializer().snapshot());
    }
  }

  private static byte[] readBytes(DataInput in) throws IOException {
    byte[] bytes = new byte[VarInts.read(in)];
    in.readFully(bytes);
    return bytes;
  }
}
