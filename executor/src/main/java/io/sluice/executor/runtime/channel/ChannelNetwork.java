package io.sluice.executor.runtime.channel;

import io.sluice.executor.jobgraph.JobEdge;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.jobgraph.JobVertex;
import java.util.Arrays;
import java.util.List;

/**
 * All channels of one job. Each consumer instance gets one {@link InputGate}; its channels are numbered edge by
 * edge in the order of {@link JobGraph#inputsOf}, and within an edge by producer subtask. A forward edge
 * contributes one channel per consumer (from the producer with the same index); any other edge one per producer.
 */
public final class ChannelNetwork {
  private final InputGate[][] gates;
  private final Channel[][][] outputs;

  private ChannelNetwork(InputGate[][] gates, Channel[][][] outputs) {
    this.gates = gates;
    this.outputs = outputs;
  }

  /** Creates the gates and channels of a job; {@code capacity} is in buffers per channel. */
  public static ChannelNetwork create(JobGraph graph, int capacity) {
    List<JobVertex> vertices = graph.vertices();
    InputGate[][] gates = new InputGate[vertices.size()][];
    Channel[][][] outputs = new Channel[graph.edges().size()][][];
    for (JobVertex vertex : vertices) {
      List<JobEdge> inputs = graph.inputsOf(vertex.id());
      if (inputs.isEmpty()) {
        continue;
      }
      int[] channelInputs = channelInputs(inputs, graph);
      gates[vertex.id()] = new InputGate[vertex.parallelism()];
      for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
        gates[vertex.id()][subtask] = new InputGate(channelInputs, capacity);
      }
      int offset = 0;
      for (JobEdge edge : inputs) {
        outputs[edge.id()] = wire(edge, graph, gates[vertex.id()], offset);
        offset += channelsPerConsumer(edge, graph);
      }
    }
    return new ChannelNetwork(gates, outputs);
  }

  /** The gate of a consumer instance; null for a source chain, which reads no channels. */
  public InputGate gate(int vertex, int subtask) {
    return gates[vertex] == null ? null : gates[vertex][subtask];
  }

  /** The channels a producer instance writes to for an edge, indexed by target as its partitioner numbers them. */
  public Channel[] channels(JobEdge edge, int producerSubtask) {
    return outputs[edge.id()][producerSubtask];
  }

  /** The input index of each channel of a consumer gate, numbered as {@link #create} numbers them. */
  private static int[] channelInputs(List<JobEdge> inputs, JobGraph graph) {
    int numChannels = 0;
    for (JobEdge edge : inputs) {
      numChannels += channelsPerConsumer(edge, graph);
    }
    int[] channelInputs = new int[numChannels];
    int offset = 0;
    for (JobEdge edge : inputs) {
      int n = channelsPerConsumer(edge, graph);
      Arrays.fill(channelInputs, offset, offset + n, edge.input());
      offset += n;
    }
    return channelInputs;
  }

  private static int channelsPerConsumer(JobEdge edge, JobGraph graph) {
    return edge.isPointwise() ? 1 : graph.vertices().get(edge.sourceVertex()).parallelism();
  }

  /** Channels[producer][target] of one edge whose channels start at {@code offset} in each consumer gate. */
  private static Channel[][] wire(JobEdge edge, JobGraph graph, InputGate[] consumers, int offset) {
    int producers = graph.vertices().get(edge.sourceVertex()).parallelism();
    Channel[][] channels = new Channel[producers][];
    for (int p = 0; p < producers; p++) {
      if (edge.isPointwise()) {
        channels[p] = new Channel[] {consumers[p].channel(offset)};
      } else {
        channels[p] = new Channel[consumers.length];
        for (int c = 0; c < consumers.length; c++) {
          channels[p][c] = consumers[c].channel(offset + p);
        }
      }
    }
    return channels;
  }
}
