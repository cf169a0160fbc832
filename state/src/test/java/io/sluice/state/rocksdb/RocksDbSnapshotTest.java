package io.sluice.state.rocksdb;

import static io.sluice.state.FilledState.in;
import static io.sluice.state.FilledState.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.FilledState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.ValueState;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.serde.StringSerializer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asynchronous part of a RocksDB checkpoint: a snapshot written on another thread. */
class RocksDbSnapshotTest {
  private static final KeyedBackendParameters PARAMETERS =
      KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(128), 128);

  @TempDir
  Path localDir;

  private RocksDbKeyedStateBackend open() {
    return new RocksDbKeyedStateBackend(PARAMETERS, new RocksDbBackendOptions(localDir, 8L << 20));
  }

  @Test
  void snapshotIsWrittenOnAnotherThreadWhileTheBackendChanges() throws Exception {
    try (RocksDbKeyedStateBackend backend = open()) {
      FilledState.fill(backend);
      RocksDbSnapshot snapshot = backend.snapshot();
      CompletableFuture<byte[]> written = CompletableFuture.supplyAsync(() -> {
        try (snapshot) {
          return write(snapshot);
        }
      });
      ValueState<Long> value = backend.getState(FilledState.VALUE);
      for (int i = 0; i < 10_000; i++) {
        backend.setCurrentKey(FilledState.key(i % FilledState.KEYS));
        value.update(-1L);
      }
      try (HeapKeyedStateBackend restored = new HeapKeyedStateBackend(PARAMETERS)) {
        restored.restore(in(written.get()));
        FilledState.assertHolds(restored, KeyGroupRange.all(128));
      }
    }
  }

  @Test
  void closingTheBackendReleasesItsSnapshots() {
    RocksDbKeyedStateBackend backend = open();
    FilledState.fill(backend);
    RocksDbSnapshot snapshot = backend.snapshot();
    backend.close();
    assertThatThrownBy(() -> write(snapshot)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("released");
    snapshot.close();
    assertThat(backend.numEntries()).isZero();
  }
}
