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
 * {@link KeyedSnapshotFormat}, while the backend goes on changing. Until {@link #close()} the backend copies a
 * frozen map before changing it, so the snapshot can be written any number of times, even after the backend has
 * closed; closing releases the maps, which the backend then changes in place again.
 */
public final class HeapSnapshot implements KeyedStateSnapshot {
  private final KeyedSnapshotFormat.Header header;
  private final long nowMillis;
  private final List<HeapByteStore.Frozen> frozenStores;
  private volatile List<List<NavigableMap<byte[], byte[]>>> states;

  /**
   * {@code frozenStores}: per state of the header, its frozen key groups; {@code nowMillis}: when it was taken,
   * by the TTL clock.
   */
  HeapSnapshot(KeyedSnapshotFormat.Header header, List<HeapByteStore.Frozen> frozenStores, long nowMillis) {
    this.header = header;
    this.nowMillis = nowMillis;
    this.frozenStores = List.copyOf(frozenStores);
    this.states = this.frozenStores.stream().map(HeapByteStore.Frozen::maps).toList();
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

  /** Releases the frozen maps: not to be called while {@link #writeTo} runs. */
  @Override
  public void close() {
    states = null;
    frozenStores.forEach(HeapByteStore.Frozen::release);
  }
}
