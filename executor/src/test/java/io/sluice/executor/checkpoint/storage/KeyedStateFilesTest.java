package io.sluice.executor.checkpoint.storage;

import static io.sluice.executor.checkpoint.storage.StorageFixtures.COUNT;
import static io.sluice.executor.checkpoint.storage.StorageFixtures.MAX_PARALLELISM;
import static io.sluice.executor.checkpoint.storage.StorageFixtures.backend;
import static io.sluice.executor.checkpoint.storage.StorageFixtures.writeCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.ValueState;
import io.sluice.state.heap.HeapKeyedStateBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyed state through a checkpoint: written by subtasks at one parallelism, restored at another. */
class KeyedStateFilesTest {
  private static final int KEYS = 300;

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"2, 2", "2, 1", "1, 3", "3, 2"})
  void restoresEveryKeyAtAnyParallelism(int before, int after) throws IOException {
    CheckpointLocation location = FileCheckpointLocation.create(dir.resolve("chk-1"));
    writeCheckpoint(location, 1, before, KEYS);
    OperatorSnapshot agg = location.readMetadata().operator("agg").orElseThrow();
    long restored = 0;
    for (int i = 0; i < after; i++) {
      try (HeapKeyedStateBackend backend = backend(after, i)) {
        KeyedStateFiles.restore(location, agg.keyedStateFor(backend.keyGroupRange()), backend);
        ValueState<Long> count = backend.getState(COUNT);
        for (long k = 0; k < KEYS; k++) {
          if (backend.keyGroupRange().contains(KeyGroups.assignToKeyGroup(k, MAX_PARALLELISM))) {
            backend.setCurrentKey(k);
            assertThat(count.value()).as("key %d", k).isEqualTo(k * 10);
            restored++;
          }
        }
        assertThat(backend.numEntries()).isEqualTo(backend.numEntries("count"));
      }
    }
    assertThat(restored).isEqualTo(KEYS);
  }

  @Test
  void inMemoryStorageToo() throws IOException {
    CheckpointLocation location = new MemoryCheckpointStorage("job", null).createCheckpoint(1);
    CheckpointMetadata metadata = writeCheckpoint(location, 1, 2, KEYS);
    try (HeapKeyedStateBackend backend = backend(1, 0)) {
      KeyedStateFiles.restore(location, metadata.operator("agg").orElseThrow().keyedStateFor(
          backend.keyGroupRange()), backend);
      assertThat(backend.numEntries()).isEqualTo(KEYS);
    }
  }

  @Test
  void aTruncatedStateFileFailsTheRestoreNamingIt() throws IOException {
    CheckpointLocation location = FileCheckpointLocation.create(dir.resolve("chk-1"));
    CheckpointMetadata metadata = writeCheckpoint(location, 1, 1, KEYS);
    Path file = dir.resolve("chk-1/keyed-agg-0");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    try (HeapKeyedStateBackend backend = backend(1, 0)) {
      assertThatThrownBy(() -> KeyedStateFiles.restore(location,
          metadata.operator("agg").orElseThrow().keyedStateFor(backend.keyGroupRange()), backend))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("keyed-agg-0").hasMessageContaining(dir.resolve("chk-1").toString())
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void aMissingStateFileFailsTheRestoreNamingIt() throws IOException {
    CheckpointLocation location = FileCheckpointLocation.create(dir.resolve("chk-1"));
    CheckpointMetadata metadata = writeCheckpoint(location, 1, 1, KEYS);
    Files.delete(dir.resolve("chk-1/keyed-agg-0"));
    try (HeapKeyedStateBackend backend = backend(1, 0)) {
      assertThatThrownBy(() -> KeyedStateFiles.restore(location,
          metadata.operator("agg").orElseThrow().keyedStateFor(backend.keyGroupRange()), backend))
          .hasMessageContaining("keyed-agg-0").hasMessageContaining("is missing");
    }
  }

  @Test
  void aFailedWriteLeavesNoFile() throws IOException {
    CheckpointLocation location = FileCheckpointLocation.create(dir.resolve("chk-1"));
    KeyedStateSnapshot failing = new KeyedStateSnapshot() {
      @Override
      public io.sluice.state.KeyGroupRange keyGroupRange() {
        return io.sluice.state.KeyGroupRange.all(MAX_PARALLELISM);
      }

      @Override
      public void writeTo(java.io.DataOutput out) throws IOException {
        out.write(new byte[100_000]);
        throw new IOException("backend broke");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> KeyedStateFiles.write(location, "agg", 0, failing)).hasMessage("backend broke");
    try (var files = Files.list(dir.resolve("chk-1"))) {
      assertThat(files).isEmpty();
    }
  }

  /** Leaves one finished piece of state in a checkpoint that then never completes. */
  static void touch(CheckpointLocation location) throws IOException {
    try (StateOutput out = location.createState(StateHandle.keyedStateName("agg", 0))) {
      out.write(new byte[] {1, 2, 3});
      out.closeAndGetHandle();
    }
  }
}
