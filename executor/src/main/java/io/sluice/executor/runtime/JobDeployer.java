package io.sluice.executor.runtime;

import io.sluice.common.config.Configuration;
import io.sluice.executor.jobgraph.JobEdge;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.jobgraph.JobVertex;
import io.sluice.executor.runtime.channel.ChannelNetwork;
import io.sluice.executor.runtime.channel.ChannelWriter;
import io.sluice.executor.runtime.task.Task;
import io.sluice.executor.runtime.task.TaskCheckpointing;
import io.sluice.executor.runtime.task.TaskListener;
import io.sluice.executor.runtime.task.TaskSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the tasks of a job: the channel network of its job graph, and per chain instance its input gate and
 * the channel writers of the edges that leave it. Runs no user code (operators are created by the tasks).
 */
final class JobDeployer {
  private JobDeployer() {}

  static List<Task> createTasks(String jobId, JobGraph graph, Configuration configuration, int maxParallelism,
      ExecutorSettings settings, JobMetrics metrics, TaskCheckpointing checkpointing, TaskListener listener) {
    ChannelNetwork network = ChannelNetwork.create(graph, settings.channelCapacity());
    List<Task> tasks = new ArrayList<>();
    for (JobVertex vertex : graph.vertices()) {
      List<JobEdge> outputs = graph.outputsOf(vertex.id());
      for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
        Map<Integer, List<ChannelWriter>> writers = new HashMap<>();
        for (JobEdge edge : outputs) {
          ChannelWriter writer = ChannelWriter.create(network.channels(edge, subtask), edge.exchange(), subtask,
              maxParallelism, settings.bufferSize());
          writers.computeIfAbsent(edge.sourceNode(), node -> new ArrayList<>()).add(writer);
        }
        TaskSetup setup = new TaskSetup(jobId, vertex, subtask, maxParallelism, configuration,
            network.gate(vertex.id(), subtask), writers, metrics, checkpointing);
        tasks.add(Task.create(setup, listener));
      }
    }
    return tasks;
  }
}
