package io.sluice.executor.checkpoint.storage;

import static io.sluice.executor.checkpoint.storage.StorageFixtures.writeCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.RestoreSelector;
import io.sluice.executor.checkpoint.StateHandle;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCheckpointStorageTest {
  @TempDir
  Path dir;

  @Test
  void keepsCheckpointsInMemoryNewestFirst() throws IOException {
    MemoryCheckpointStorage storage = new MemoryCheckpointStorage("job-1", null);
    CheckpointMetadata first = writeCheckpoint(storage.createCheckpoint(1), 1, 2, 50);
    storage.createCheckpoint(2);
    assertThat(storage.checkpointsNewestFirst()).extracting(CheckpointLocation::pointer)
        .containsExactly("jobmanager:job-1/chk-2", "jobmanager:job-1/chk-1");
    RestoreSelector.Selection selection = RestoreSelector.select(storage.checkpointsNewestFirst());
    assertThat(selection.selected()).contains(first);
    assertThat(selection.warnings()).singleElement().asString().contains("jobmanager:job-1/chk-2", "did not complete");
  }

  @Test
  void discardFreesAndForgets() throws IOException {
    MemoryCheckpointStorage storage = new MemoryCheckpointStorage("job-1", null);
    writeCheckpoint(storage.createCheckpoint(1), 1, 1, 50);
    storage.checkpoint(1).discard();
    assertThat(storage.checkpointsNewestFirst()).isEmpty();
    assertThatThrownBy(() -> storage.checkpoint(1).readMetadata()).hasMessageContaining("did not complete");
    storage.checkpoint(1).discard();
  }

  @Test
  void eachStateIsCappedAsInFlink() throws IOException {
    assertThat(MemoryCheckpointLocation.DEFAULT_MAX_STATE_SIZE).isEqualTo(5 * 1024 * 1024);
    CheckpointLocation location = new MemoryCheckpointStorage("job-1", null, 1_000).createCheckpoint(1);
    try (StateOutput out = location.createState("keyed-agg-0")) {
      out.write(new byte[1_000]);
      assertThatThrownBy(() -> out.write(1))
          .hasMessageContaining("larger than the 1000 bytes")
          .hasMessageContaining("'filesystem'");
    }
    assertThatThrownBy(() -> location.openState(new StateHandle("keyed-agg-0", 1000)))
        .hasMessageContaining("missing");
  }

  @Test
  void theDefaultCapAllowsFiveMegabytes() throws IOException {
    CheckpointLocation location = new MemoryCheckpointStorage("job-1", null).createCheckpoint(1);
    try (StateOutput out = location.createState("big")) {
      out.write(new byte[5 * 1024 * 1024]);
      assertThat(out.closeAndGetHandle().size()).isEqualTo(5 * 1024 * 1024);
    }
    try (StateOutput out = location.createState("too-big")) {
      assertThatThrownBy(() -> out.write(new byte[5 * 1024 * 1024 + 1])).isInstanceOf(IOException.class);
    }
  }

  @Test
  void savepointsStillGoToFiles() throws IOException {
    MemoryCheckpointStorage storage = new MemoryCheckpointStorage("job-1", dir.toString());
    CheckpointLocation savepoint = storage.createSavepoint(null);
    assertThat(savepoint).isInstanceOf(FileCheckpointLocation.class);
    assertThat(Path.of(savepoint.pointer()).getParent()).isEqualTo(dir.toAbsolutePath());
    assertThatThrownBy(() -> new MemoryCheckpointStorage("job-1", null).createSavepoint(null))
        .hasMessageContaining("No savepoint directory");
  }

  @Test
  void namesAreUniqueWithinACheckpoint() throws IOException {
    CheckpointLocation location = new MemoryCheckpointStorage("job-1", null).createCheckpoint(1);
    try (StateOutput out = location.createState("a")) {
      out.closeAndGetHandle();
    }
    assertThatThrownBy(() -> location.createState("a")).hasMessageContaining("already exists");
  }
}
