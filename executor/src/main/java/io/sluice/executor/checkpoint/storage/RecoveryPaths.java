package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.RestoreSelector;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resolves {@code execution.state-recovery.path} to the checkpoint or savepoint to start from. The path may be
 * a savepoint or checkpoint directory ({@code .../chk-7}), its {@code _metadata} file, or a job's checkpoint
 * directory ({@code <dir>/<job-id>}, e.g. of a process that was killed), which means its newest checkpoint whose
 * metadata is readable; damaged ones are skipped with a warning naming each (logged, and in the selection).
 */
public final class RecoveryPaths {
  private static final System.Logger LOG = System.getLogger(RecoveryPaths.class.getName());

  private RecoveryPaths() {}

  /**
   * The checkpoints the path stands for, newest first.
   *
   * @throws IOException when nothing at the path looks like a checkpoint, a savepoint or a job's checkpoints
   */
  public static List<FileCheckpointLocation> candidates(Path path) throws IOException {
    Path p = path.toAbsolutePath().normalize();
    if (Files.isRegularFile(p) && p.getFileName().toString().equals(FileCheckpointLocation.METADATA_FILE)) {
      return List.of(new FileCheckpointLocation(p.getParent()));
    }
    if (!Files.isDirectory(p)) {
      throw new IOException("No checkpoint or savepoint at " + p + ": no such directory");
    }
    if (Files.exists(p.resolve(FileCheckpointLocation.METADATA_FILE))) {
      return List.of(new FileCheckpointLocation(p));
    }
    List<FileCheckpointLocation> checkpoints = FileCheckpointStorage.checkpointsIn(p);
    if (!checkpoints.isEmpty()) {
      return checkpoints;
    }
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    if (name.matches("chk-\\d+") || name.startsWith("savepoint-")) {
      return List.of(new FileCheckpointLocation(p));
    }
    throw new IOException("No checkpoint or savepoint at " + p + ": expected a directory with a "
        + FileCheckpointLocation.METADATA_FILE + " file, or a job's checkpoint directory with chk-<n> directories");
  }

  /**
   * Selects the checkpoint to start from, logging a warning for each one skipped.
   *
   * @throws IOException when the path holds no checkpoint with readable metadata; the message lists why each
   *     candidate was skipped
   */
  public static RestoreSelector.Selection select(Path path) throws IOException {
    RestoreSelector.Selection selection = RestoreSelector.select(candidates(path));
    selection.warnings().forEach(w -> LOG.log(Level.WARNING, w));
    if (selection.selected().isEmpty()) {
      throw new IOException("No restorable checkpoint at " + path.toAbsolutePath().normalize() + ": "
          + String.join("; ", selection.warnings()));
    }
    return selection;
  }
}
