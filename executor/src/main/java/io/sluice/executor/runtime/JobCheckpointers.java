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

/** Builds a job's {@link JobCheckpointer} from the session's {@code execution.checkpointing.*} options. */
final class JobCheckpointers {
  private JobCheckpointers() {}

  /**
   * The job's checkpointer: with periodic checkpoints when {@code execution.checkpointing.interval} is set, else
   * for savepoints and restores only.
   *
   * @param firstCheckpointId 1, or one more than the id of the checkpoint the job starts from
   * @param job what the checkpointer asks of the job (fail it, stop it)
   */
  static JobCheckpointer create(String jobId, JobGraph graph, Configuration conf, int maxParallelism,
      long firstCheckpointId, JobCheckpointer.Callbacks job) {
    CheckpointSettings settings = CheckpointSettings.fromConfig(conf);
    CheckpointStorageSettings storage = CheckpointStorageSettings.fromConfig(conf);
    Set<TaskId> tasks = new HashSet<>();
    for (JobVertex vertex : graph.vertices()) {
      for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
        tasks.add(new TaskId(vertex.id(), subtask));
      }
    }
    CheckpointCoordinatorSetup setup = new CheckpointCoordinatorSetup(jobId, maxParallelism, tasks, settings,
        storage.createRetention(), firstCheckpointId);
    CheckpointCoordinator coordinator = new CheckpointCoordinator(setup, System.currentTimeMillis());
    return new JobCheckpointer(coordinator, storage.createStorage(jobId), settings.mode(), settings.enabled(),
        tasks.size(), jobId, job);
  }
}
