package io.sluice.executor.checkpoint.storage;

import static io.sluice.executor.checkpoint.storage.StorageFixtures.writeCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.RestoreSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code execution.state-recovery.path}: a savepoint, a checkpoint, its metadata file, or a job's directory. */
class RecoveryPathsTest {
  @TempDir
  Path dir;

  @Test
  void aCheckpointDirectoryOrItsMetadataFile() throws IOException {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir, "job-1", null);
    writeCheckpoint(storage.createCheckpoint(4), 4, 1, 10);
    Path chk4 = dir.resolve("job-1/chk-4");
    assertThat(RecoveryPaths.select(chk4).selected().orElseThrow().checkpointId()).isEqualTo(4);
    assertThat(RecoveryPaths.select(chk4.resolve("_metadata")).pointer()).isEqualTo(chk4.toString());
  }

  @Test
  void aJobDirectoryAfterACrashMeansItsNewestReadableCheckpoint() throws IOException {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir, "job-1", null);
    writeCheckpoint(storage.createCheckpoint(4), 4, 1, 10);
    writeCheckpoint(storage.createCheckpoint(5), 5, 1, 10);
    storage.createCheckpoint(6); // the process was killed while checkpoint 6 was being taken
    Files.write(dir.resolve("job-1/chk-5/_metadata"), new byte[] {'{'}); // and chk-5's metadata is damaged

    RestoreSelector.Selection selection = RecoveryPaths.select(dir.resolve("job-1"));
    assertThat(selection.selected().orElseThrow().checkpointId()).isEqualTo(4);
    assertThat(selection.pointer()).endsWith("chk-4");
    assertThat(selection.warnings()).hasSize(2);
    assertThat(selection.warnings().get(0)).contains("chk-6");
    assertThat(selection.warnings().get(1)).contains("chk-5", "_metadata");
  }

  @Test
  void nothingRestorableIsAnErrorListingWhy() throws IOException {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir, "job-1", null);
    storage.createCheckpoint(1);
    assertThatThrownBy(() -> RecoveryPaths.select(dir.resolve("job-1")))
        .hasMessageContaining("No restorable checkpoint").hasMessageContaining("chk-1");
    assertThatThrownBy(() -> RecoveryPaths.select(dir.resolve("job-1/chk-1")))
        .hasMessageContaining("did not complete");
    assertThatThrownBy(() -> RecoveryPaths.select(dir.resolve("nowhere"))).hasMessageContaining("no such directory");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> RecoveryPaths.select(dir.resolve("empty")))
        .hasMessageContaining("expected a directory with a _metadata file");
  }
}
