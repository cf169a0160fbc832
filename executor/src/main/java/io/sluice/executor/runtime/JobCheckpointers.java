package io.sluice.executor.runtime;

import io.sluice.common.config.Configuration;
import io.sluice.executor.checkpoint.CheckpointCoordinator;
import io.sluice.executor.checkpoint.CheckpointCoordinatorSetup;
import io.sluice.executor.checkpoint.CheckpointSettings;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.storage.CheckpointStorageSettings;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.jobgraph.JobVertex;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Builds a job's {@link JobCheckpointer} from the session's {@code execution.checkpointing.*} options. */
final class JobCheckpointers {
  private JobCheckpointers() {}

  /**
   * The job's checkpointer, or null when {@code execution.checkpointing.interval} is not set.
   *
   * @param failJob fails the job, e.g. when more checkpoints failed in a row than tolerated
   */
  static JobCheckpointer create(String jobId, JobGraph graph, Configuration conf, int maxParallelism,
      Consumer<String> failJob) {
    CheckpointSettings settings = CheckpointSettings.fromConfig(conf);
    if (!settings.enabled()) {
      return null;
    }
    CheckpointStorageSettings storage = CheckpointStorageSettings.fromConfig(conf);
    Set<TaskId> tasks = new HashSet<>();
    for (JobVertex vertex : graph.vertices()) {
      for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
        tasks.add(new TaskId(vertex.id(), subtask));
      }
    }
    CheckpointCoordinatorSetup setup = new CheckpointCoordinatorSetup(jobId, maxParallelism, tasks, settings,
        storage.createRetention(), 1);
    CheckpointCoordinator coordinator = new CheckpointCoordinator(setup, System.currentTimeMillis());
    return new JobCheckpointer(coordinator, storage.createStorage(jobId), settings.mode(), jobId, failJob);
  }
}
