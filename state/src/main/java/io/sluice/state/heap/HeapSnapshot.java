package io.sluice.state.heap;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.internal.KeyedSnapshotFormat;
import io.sluice.state.internal.KeyedSnapshotWriter;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A frozen image of a {@link HeapKeyedStateBackend}, taken by {@link HeapKeyedStateBackend#snapshot()} in time
 * proportional to the number of key groups and written out afterwards by {@link #writeTo}, in the canonical
 * {@link KeyedSnapshotFormat}, while the backend goes on changing. The frozen maps are plain heap objects that
 * nothing else changes, so the snapshot can be written any number of times, even after the backend has closed;
 * {@link #close()} only drops the references.
 */
public final class HeapSnapshot implements KeyedStateSnapshot {
  private final KeyedSnapshotFormat.Header header;
  private final long nowMillis;
  private List<List<NavigableMap<byte[], byte[]>>> states;

  /**
   * {@code states}: per state of the header, its frozen key groups, index 0 for the range's first;
   * {@code nowMillis}: when it was taken, by the TTL clock.
   */
  HeapSnapshot(KeyedSnapshotFormat.Header header, List<List<NavigableMap<byte[], byte[]>>> states,
      long nowMillis) {
    this.header = header;
    this.nowMillis = nowMillis;
    this.states = List.copyOf(states);
  }

  @Override
  public KeyGroupRange keyGroupRange() {
    return header.range();
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    List<List<NavigableMap<byte[], byte[]>>> frozen = states;
    if (frozen == null) {
      throw new IllegalStateException("The snapshot has been closed");
    }
    int first = header.range().start();
    KeyedSnapshotWriter.write(out, header, new KeyedSnapshotWriter.EntrySource() {
      @Override
      public int count(int state, int keyGroup) {
        return frozen.get(state).get(keyGroup - first).size();
      }

      @Override
      public void forEach(int state, int keyGroup, KeyedSnapshotWriter.EntryConsumer consumer) throws IOException {
        for (Map.Entry<byte[], byte[]> e : frozen.get(state).get(keyGroup - first).entrySet()) {
          consumer.accept(e.getKey(), e.getValue());
        }
      }
    }, nowMillis);
  }

  @Override
  public void close() {
    states = null;
  }
}
