package io.sluice.executor.checkpoint.storage;

import static io.sluice.executor.checkpoint.storage.StorageFixtures.writeCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.RestoreSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStorageTest {
  @TempDir
  Path dir;

  private FileCheckpointStorage storage() {
    return new FileCheckpointStorage(dir.resolve("checkpoints"), "job-1", dir.resolve("savepoints").toString());
  }

  @Test
  void layoutIsDirJobIdChkN() throws IOException {
    FileCheckpointStorage storage = storage();
    CheckpointLocation location = storage.createCheckpoint(3);
    CheckpointMetadata metadata = writeCheckpoint(location, 3, 2, 50);
    Path chk = dir.resolve("checkpoints/job-1/chk-3");
    assertThat(location.pointer()).isEqualTo(chk.toString());
    assertThat(storage.jobDirectory()).isEqualTo(dir.resolve("checkpoints/job-1"));
    try (Stream<Path> files = Files.list(chk)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("_metadata", "keyed-agg-0", "keyed-agg-1");
    }
    assertThat(storage.checkpoint(3).readMetadata()).isEqualTo(metadata);
    assertThat(metadata.operator("agg").orElseThrow().subtasks().get(0).keyedState().get(0).size())
        .isEqualTo(Files.size(chk.resolve("keyed-agg-0")));
  }

  @Test
  void listsExistingCheckpointsNewestFirstByNumber() throws IOException {
    FileCheckpointStorage storage = storage();
    assertThat(storage.checkpointsNewestFirst()).isEmpty();
    for (long id : new long[] {2, 10, 9}) {
      storage.createCheckpoint(id);
    }
    Files.createDirectories(storage.jobDirectory().resolve("shared"));
    assertThat(storage.checkpointsNewestFirst()).extracting(CheckpointLocation::pointer).containsExactly(
        dir.resolve("checkpoints/job-1/chk-10").toString(), dir.resolve("checkpoints/job-1/chk-9").toString(),
        dir.resolve("checkpoints/job-1/chk-2").toString());
  }

  @Test
  void aCheckpointWithoutMetadataNeverCompleted() throws IOException {
    FileCheckpointStorage storage = storage();
    writeCheckpoint(storage.createCheckpoint(1), 1, 1, 10);
    CheckpointLocation second = storage.createCheckpoint(2);
    writeCheckpoint(storage.createCheckpoint(3), 3, 1, 10);
    // Checkpoint 3 crashed between writing the temporary metadata and renaming it.
    Path chk3 = dir.resolve("checkpoints/job-1/chk-3");
    Files.move(chk3.resolve("_metadata"), chk3.resolve(FileCheckpointLocation.METADATA_TEMP_FILE));
    KeyedStateFilesTest.touch(second);

    RestoreSelector.Selection selection = RestoreSelector.select(storage.checkpointsNewestFirst());
    assertThat(selection.selected().orElseThrow().checkpointId()).isEqualTo(1);
    assertThat(selection.warnings()).hasSize(2);
    assertThat(selection.warnings().get(0)).contains("chk-3", "No _metadata file", "did not complete");
    assertThat(selection.warnings().get(1)).contains("chk-2");
  }

  @Test
  void aTruncatedMetadataFileIsSkippedWithAWarningNamingIt() throws IOException {
    FileCheckpointStorage storage = storage();
    writeCheckpoint(storage.createCheckpoint(1), 1, 1, 10);
    writeCheckpoint(storage.createCheckpoint(2), 2, 1, 10);
    Path metadata = dir.resolve("checkpoints/job-1/chk-2/_metadata");
    byte[] bytes = Files.readAllBytes(metadata);
    Files.write(metadata, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    RestoreSelector.Selection selection = RestoreSelector.select(storage.checkpointsNewestFirst());
    assertThat(selection.selected().orElseThrow().checkpointId()).isEqualTo(1);
    assertThat(selection.warnings()).singleElement().asString()
        .contains("Truncated or corrupt checkpoint metadata", metadata.toString());
  }

  @Test
  void metadataIsWrittenOnceAndLeavesNoTemporaryFile() throws IOException {
    CheckpointLocation location = storage().createCheckpoint(1);
    CheckpointMetadata metadata = writeCheckpoint(location, 1, 1, 10);
    assertThat(dir.resolve("checkpoints/job-1/chk-1/" + FileCheckpointLocation.METADATA_TEMP_FILE)).doesNotExist();
    assertThatThrownBy(() -> location.writeMetadata(metadata)).hasMessageContaining("already has metadata");
  }

  @Test
  void discardDeletesTheDirectoryAndIsIdempotent() throws IOException {
    FileCheckpointStorage storage = storage();
    writeCheckpoint(storage.createCheckpoint(1), 1, 2, 10);
    storage.checkpoint(1).discard();
    assertThat(dir.resolve("checkpoints/job-1/chk-1")).doesNotExist();
    storage.checkpoint(1).discard();
    assertThatThrownBy(() -> storage.checkpoint(1).readMetadata()).hasMessageContaining("no such directory");
  }

  @Test
  void aDiscardedCheckpointCannotBeWrittenInto() throws IOException {
    CheckpointLocation location = storage().createCheckpoint(1);
    location.discard();
    assertThatThrownBy(() -> location.createState("keyed-agg-0")).isInstanceOf(IOException.class);
  }

  @Test
  void checkpointsCannotBeCreatedTwice() throws IOException {
    FileCheckpointStorage storage = storage();
    storage.createCheckpoint(1);
    assertThatThrownBy(() -> storage.createCheckpoint(1)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> storage.createCheckpoint(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void savepointsAreSelfContainedDirectoriesUnderTheSavepointDir() throws IOException {
    FileCheckpointStorage storage = storage();
    CheckpointLocation savepoint = storage.createSavepoint(null);
    CheckpointLocation other = storage.createSavepoint(dir.resolve("elsewhere").toString());
    assertThat(Path.of(savepoint.pointer()).getParent()).isEqualTo(dir.resolve("savepoints"));
    assertThat(Path.of(savepoint.pointer()).getFileName().toString()).matches("savepoint-job-1-[0-9a-f]{12}");
    assertThat(Path.of(other.pointer()).getParent()).isEqualTo(dir.resolve("elsewhere"));
    CheckpointMetadata metadata = writeCheckpoint(savepoint, 4, 2, 20);

    // Moved as a whole, it still restores: its metadata names only files beside it.
    Path moved = dir.resolve("moved");
    Files.move(Path.of(savepoint.pointer()), moved);
    assertThat(new FileCheckpointLocation(moved).readMetadata()).isEqualTo(metadata);
    assertThat(storage.checkpointsNewestFirst()).as("savepoints are not checkpoints").isEmpty();
  }

  @Test
  void savepointsNeedADirectory() {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir, "job-1", null);
    assertThatThrownBy(() -> storage.createSavepoint(null))
        .hasMessageContaining("'execution.checkpointing.savepoint-dir'");
  }
}
