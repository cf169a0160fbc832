package io.sluice.executor.runtime.task;

import io.sluice.common.config.Configuration;
import io.sluice.executor.jobgraph.JobVertex;
import io.sluice.executor.runtime.JobMetrics;
import io.sluice.executor.runtime.channel.ChannelWriter;
import io.sluice.executor.runtime.channel.InputGate;
import java.util.List;
import java.util.Map;

/**
 * Everything one task (one parallel instance of a chain) is built from.
 *
 * @param jobId names the task's thread
 * @param vertex the chain
 * @param subtask which parallel instance, 0-based
 * @param maxParallelism the job's number of key groups
 * @param configuration the job's configuration
 * @param gate the channels the chain's head reads; null for a source chain
 * @param writersByNode the network outputs of the chain's nodes, by node id (nodes without any are absent)
 * @param metrics where the task's operators register their counters
 * @param checkpointing the job's checkpointing; null when it is disabled
 */
public record TaskSetup(
    String jobId,
    JobVertex vertex,
    int subtask,
    int maxParallelism,
    Configuration configuration,
    InputGate gate,
    Map<Integer, List<ChannelWriter>> writersByNode,
    JobMetrics metrics,
    TaskCheckpointing checkpointing) {

  public TaskSetup {
    writersByNode = Map.copyOf(writersByNode);
  }

  /** The state to start from, or null. */
  public TaskRestore restore() {
    return checkpointing == null ? null : checkpointing.restore();
  }

  /** The name of the task's thread: {@code sluice-<job id>-<chain name>-<subtask>/<parallelism>}, 1-based. */
  public String threadName() {
    return "sluice-" + jobId + "-" + vertex.name() + "-" + (subtask + 1) + "/" + vertex.parallelism();
  }
}
