package io.sluice.state.rocksdb;

import static io.sluice.state.FilledState.in;
import static io.sluice.state.FilledState.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.state.FilledState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.ManualTtlClock;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.serde.StringSerializer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Savepoints move between backends: a snapshot written by one kind is split over two backends of another kind
 * (rescale 1 → 2), whose snapshots are merged back into one backend of the first kind (2 → 1), because both
 * kinds write the one canonical format.
 */
class SnapshotPortabilityTest {
  private static final int MAX = 128;

  @TempDir
  static Path localDir;

  private final ManualTtlClock clock = new ManualTtlClock(0);

  enum Kind {
    HEAP,
    ROCKSDB
  }

  enum Move {
    HEAP_TO_ROCKSDB(Kind.HEAP, Kind.ROCKSDB),
    ROCKSDB_TO_HEAP(Kind.ROCKSDB, Kind.HEAP),
    ROCKSDB_TO_ROCKSDB(Kind.ROCKSDB, Kind.ROCKSDB);

    final Kind from;
    final Kind to;

    Move(Kind from, Kind to) {
      this.from = from;
      this.to = to;
    }
  }

  private KeyedStateBackend backend(Kind kind, KeyGroupRange range) {
    KeyedBackendParameters parameters = new KeyedBackendParameters(StringSerializer.INSTANCE, range, MAX, clock);
    return kind == Kind.HEAP
        ? new HeapKeyedStateBackend(parameters)
        : new RocksDbKeyedStateBackend(parameters, new RocksDbBackendOptions(localDir, 8L << 20));
  }

  private byte[] filledSnapshot(Kind kind) {
    try (KeyedStateBackend source = backend(kind, KeyGroupRange.all(MAX))) {
      FilledState.fill(source);
      return snapshot(source);
    }
  }

  @ParameterizedTest
  @EnumSource(Move.class)
  void rescaleOneToTwoAndTwoToOne(Move move) throws IOException {
    byte[] whole = filledSnapshot(move.from);
    byte[][] halves = new byte[2][];
    for (int subtask = 0; subtask < 2; subtask++) {
      KeyGroupRange range = KeyGroups.rangeForSubtask(MAX, 2, subtask);
      try (KeyedStateBackend half = backend(move.to, range)) {
        half.restore(in(whole));
        FilledState.assertHolds(half, range);
        halves[subtask] = snapshot(half);
      }
    }
    // Merged into the kind the state came from, so each move is also tested the other way round.
    try (KeyedStateBackend merged = backend(move.from, KeyGroupRange.all(MAX))) {
      merged.restore(in(halves[0]));
      merged.restore(in(halves[1]));
      FilledState.assertHolds(merged, KeyGroupRange.all(MAX));
      assertThat(snapshot(merged)).as("split and merged back, the state is what it was").isEqualTo(whole);
    }
  }

  @Test
  void bothBackendsWriteTheSameBytesForTheSameState() {
    assertThat(filledSnapshot(Kind.ROCKSDB)).isEqualTo(filledSnapshot(Kind.HEAP));
  }
}
