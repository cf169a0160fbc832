package io.sluice.state.internal;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical keyed-state snapshot format, which every backend writes ({@link KeyedSnapshotWriter}) and reads
 * ({@link KeyedSnapshotReader}): a savepoint taken on one backend restores on any other, at any parallelism.
 *
 * <p>Format version 1, big-endian, varints as in {@link VarInts}:
 *
 * <pre>
 * int     magic 0x534C4B48 ("SLKH": Sluice keyed; the name dates from when only the heap backend wrote it)
 * int     version (1)
 * int     maxParallelism
 * ...     key serializer: {@link SerializerSnapshot}
 * int     first key group, int last key group (the range written)
 * varint  state count, then per state its {@link RegisteredStateMeta}
 * per key group of the range, ascending:
 *   int     key group
 *   per state, in the order above:
 *     varint  entry count, then per entry, in ascending unsigned order of keys:
 *             varint key length, key bytes, varint value length, value bytes
 * </pre>
 *
 * Keys and values are the stored bytes of the typed layer ({@code key ‖ namespace [‖ mapKey]} and the
 * TTL-stamped value, see {@link ByteStore} and {@link TtlCodec}), without any backend's own framing (RocksDB's
 * key-group prefix is not written), so two backends holding the same state write the same bytes. Key groups are
 * written one after the other so that a restore can take any subset of them, which is how state is split and
 * merged on rescaling.
 */
public final class KeyedSnapshotFormat {
  public static final int MAGIC = io.sluice.state.KeyedStateSnapshot.FORMAT_MAGIC;
  public static final int VERSION = 1;

  private KeyedSnapshotFormat() {}

  /** What precedes the key groups: the job's key-group setup, the key serializer and the states in order. */
  public record Header(
      int maxParallelism, SerializerSnapshot keySerializer, KeyGroupRange range, List<RegisteredStateMeta> states) {
    public Header {
      states = List.copyOf(states);
    }

    public void write(DataOutput out) throws IOException {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(maxParallelism);
      keySerializer.write(out);
      out.writeInt(range.start());
      out.writeInt(range.end());
      VarInts.write(out, states.size());
      for (RegisteredStateMeta state : states) {
        state.write(out);
      }
    }

    public static Header read(DataInput in) throws IOException {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException("Not a keyed-state snapshot (magic " + Integer.toHexString(magic) + ")");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("Unsupported keyed-state snapshot version " + version + ", this build reads " + VERSION);
      }
      int maxParallelism = in.readInt();
      SerializerSnapshot keySerializer = SerializerSnapshot.read(in);
      KeyGroupRange range = new KeyGroupRange(in.readInt(), in.readInt());
      int stateCount = VarInts.read(in);
      List<RegisteredStateMeta> states = new ArrayList<>(stateCount);
      for (int i = 0; i < stateCount; i++) {
        states.add(RegisteredStateMeta.read(in));
      }
      return new Header(maxParallelism, keySerializer, range, states);
    }
  }
}
