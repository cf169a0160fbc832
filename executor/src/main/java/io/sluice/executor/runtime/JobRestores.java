package io.sluice.executor.runtime;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.RestoreSelector;
import io.sluice.executor.checkpoint.StateAssignment;
import io.sluice.executor.checkpoint.storage.FileCheckpointLocation;
import io.sluice.executor.checkpoint.storage.RecoveryPaths;
import io.sluice.executor.graph.OperatorIds;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.runtime.task.TaskRestore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new job starts from when {@code execution.state-recovery.path} is set: the savepoint or checkpoint it
 * names (a job's checkpoint directory meaning its newest readable checkpoint, damaged ones skipped with a warning),
 * matched to the job's operators by stable id ({@link StateAssignment}).
 */
final class JobRestores {
  private JobRestores() {}

  /**
   * The checkpoint a job starts from.
   *
   * @param restore the state of each operator and where it is
   * @param checkpointId the id of the checkpoint or savepoint: the job's own checkpoints go on after it
   * @param warnings one line for each damaged checkpoint skipped, naming it
   */
  record Restored(TaskRestore restore, long checkpointId, List<String> warnings) {}

  /**
   * The restore the configuration asks for, or null when {@code execution.state-recovery.path} is unset.
   *
   * @throws JobRestoreException when nothing restorable is at the path, or its state does not fit the job
   *     (a changed query, another maximum parallelism); the message says which operator or why
   */
  static Restored fromConfig(Configuration conf, JobGraph graph, int maxParallelism) {
    String path = conf.get(CheckpointingOptions.STATE_RECOVERY_PATH);
    if (path == null || path.isBlank()) {
      return null;
    }
    RestoreSelector.Selection selection;
    try {
      selection = RecoveryPaths.select(Path.of(path));
    } catch (IOException e) {
      throw new JobRestoreException(e.getMessage(), e);
    }
    CheckpointMetadata metadata = selection.selected().orElseThrow();
    Set<String> operatorIds = graph.vertices().stream()
        .flatMap(vertex -> vertex.nodes().stream())
        .map(OperatorIds::of)
        .collect(Collectors.toSet());
    StateAssignment assignment;
    try {
      assignment = StateAssignment.of(metadata, selection.pointer(), operatorIds, maxParallelism,
          conf.get(CheckpointingOptions.IGNORE_UNCLAIMED_STATE));
    } catch (IllegalStateException e) {
      throw new JobRestoreException(e.getMessage(), e);
    }
    TaskRestore restore = new TaskRestore(assignment, new FileCheckpointLocation(Path.of(selection.pointer())));
    return new Restored(restore, metadata.checkpointId(), selection.warnings());
  }
}
