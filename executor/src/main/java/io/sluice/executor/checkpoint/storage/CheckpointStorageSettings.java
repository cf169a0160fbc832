package io.sluice.executor.checkpoint.storage;

import io.sluice.common.config.CheckpointStorageType;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.ExternalizedCheckpointRetention;
import io.sluice.executor.checkpoint.CheckpointRetention;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a job's checkpoints and savepoints go and how many are kept, read from the session's options.
 *
 * @param type jobmanager or filesystem; when the option is unset, filesystem if a checkpoint directory is set,
 *     else jobmanager (Flink's rule)
 * @param checkpointDirectory {@code execution.checkpointing.dir}; required for filesystem
 * @param savepointDirectory {@code execution.checkpointing.savepoint-dir}, or null
 * @param numRetained completed checkpoints kept
 * @param retention what happens to them when the job ends
 */
public record CheckpointStorageSettings(CheckpointStorageType type, String checkpointDirectory,
    String savepointDirectory, int numRetained, ExternalizedCheckpointRetention retention) {
  public CheckpointStorageSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(retention, "retention");
    if (type == CheckpointStorageType.FILESYSTEM && checkpointDirectory == null) {
      throw new IllegalArgumentException("'execution.checkpointing.storage' is 'filesystem' but"
          + " 'execution.checkpointing.dir' is not set: set it to the directory for checkpoints");
    }
  }

  /**
   * @throws IllegalArgumentException when the storage is filesystem without a checkpoint directory
   */
  public static CheckpointStorageSettings fromConfig(Configuration conf) {
    String directory = conf.get(CheckpointingOptions.DIRECTORY);
    CheckpointStorageType type = conf.get(CheckpointingOptions.STORAGE);
    if (type == null) {
      type = directory == null ? CheckpointStorageType.JOBMANAGER : CheckpointStorageType.FILESYSTEM;
    }
    return new CheckpointStorageSettings(type, directory, conf.get(CheckpointingOptions.SAVEPOINT_DIRECTORY),
        conf.get(CheckpointingOptions.NUM_RETAINED), conf.get(CheckpointingOptions.EXTERNALIZED_RETENTION));
  }

  /** The storage for one job's checkpoints. */
  public CheckpointStorage createStorage(String jobId) {
    return type == CheckpointStorageType.FILESYSTEM
        ? new FileCheckpointStorage(Path.of(checkpointDirectory), jobId, savepointDirectory)
        : new MemoryCheckpointStorage(jobId, savepointDirectory);
  }

  /** The retention of one job's completed checkpoints. */
  public CheckpointRetention createRetention() {
    return new CheckpointRetention(numRetained, retention);
  }
}
