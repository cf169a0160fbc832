package io.sluice.state.heap;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.internal.RegisteredStateMeta;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.VarInts;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A frozen image of a {@link HeapKeyedStateBackend}, taken by {@link HeapKeyedStateBackend#snapshot()} in time
 * proportional to the number of key groups and written out afterwards by {@link #writeTo}, while the backend
 * goes on changing. It can be written once or many times.
 *
 * <p>Format version 1, big-endian, varints as in {@link VarInts}:
 *
 * <pre>
 * int     magic 0x534C4B48 ("SLKH": Sluice keyed heap)
 * int     version (1)
 * int     maxParallelism
 * ...     key serializer: {@link SerializerSnapshot}
 * int     first key group, int last key group (the range written)
 * varint  state count, then per state its {@link RegisteredStateMeta}
 * per key group of the range, ascending:
 *   int     key group
 *   per state, in the order above:
 *     varint  entry count, then per entry: varint key length, key bytes, varint value length, value bytes
 * </pre>
 *
 * Keys and values are the stored bytes of the typed layer ({@code key ‖ namespace [‖ mapKey]} and the
 * TTL-stamped value), so the format does not depend on the heap backend. Key groups are written one after the
 * other so that a restore can take any subset of them, which is how state is split and merged on rescaling.
 */
public final class HeapSnapshot {
  public static final int MAGIC = 0x534C4B48;
  public static final int VERSION = 1;

  /** One state of the snapshot: its metadata and its frozen key groups, index 0 for the range's first. */
  record FrozenState(RegisteredStateMeta meta, List<NavigableMap<byte[], byte[]>> keyGroups) {}

  private final int maxParallelism;
  private final SerializerSnapshot keySerializer;
  private final KeyGroupRange range;
  private final List<FrozenState> states;

  HeapSnapshot(int maxParallelism, SerializerSnapshot keySerializer, KeyGroupRange range, List<FrozenState> states) {
    this.maxParallelism = maxParallelism;
    this.keySerializer = keySerializer;
    this.range = range;
    this.states = List.copyOf(states);
  }

  public KeyGroupRange keyGroupRange() {
    return range;
  }

  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(maxParallelism);
    keySerializer.write(out);
    out.writeInt(range.start());
    out.writeInt(range.end());
    VarInts.write(out, states.size());
    for (FrozenState state : states) {
      state.meta().write(out);
    }
    for (int keyGroup = range.start(); keyGroup <= range.end(); keyGroup++) {
      out.writeInt(keyGroup);
      for (FrozenState state : states) {
        NavigableMap<byte[], byte[]> entries = state.keyGroups().get(keyGroup - range.start());
        VarInts.write(out, entries.size());
        for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
          writeBytes(out, e.getKey());
          writeBytes(out, e.getValue());
        }
      }
    }
  }

  private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
    VarInts.write(out, bytes.length);
    out.write(bytes);
  }
}
