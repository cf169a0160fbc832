package io.sluice.engine.durable;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.executor.checkpoint.storage.RecoveryPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a job that was running when its process ended should resume from: its newest retained checkpoint
 * with readable metadata, {@code <execution.checkpointing.dir>/<job-id>/chk-<n>}.
 */
public final class LatestCheckpoint {
  private LatestCheckpoint() {}

  /**
   * The checkpoint directory to resume the job from; empty if the job's options name no checkpoint directory or
   * no readable checkpoint is there (the job then starts from scratch).
   */
  public static Optional<Path> of(String jobId, Configuration jobConfiguration) {
    String directory = jobConfiguration.get(CheckpointingOptions.DIRECTORY);
    if (directory == null) {
      return Optional.empty();
    }
    Path jobDirectory = Path.of(directory).resolve(jobId);
    if (!Files.isDirectory(jobDirectory)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(RecoveryPaths.select(jobDirectory).pointer()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
