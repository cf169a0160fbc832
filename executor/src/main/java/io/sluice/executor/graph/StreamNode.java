package io.sluice.executor.graph;

import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.api.SourceFactory;
import java.util.List;

/**
 * One step of a {@link StreamGraph}: a source (no inputs) or an operator (one or more inputs, read as one
 * logical input). Exactly one of {@code source} and {@code operator} is set.
 *
 * @param id the node's id, its index in {@link StreamGraph#nodes()}
 * @param name shown in thread names, plans and errors
 * @param parallelism number of parallel instances
 * @param source the source, or null for an operator
 * @param operator the operator, or null for a source
 * @param inputs the inputs of an operator; empty for a source
 * @param stateKey the key of a keyed operator, whose inputs are hash-partitioned by it; null otherwise
 */
public record StreamNode(int id, String name, int parallelism, SourceFactory source, OperatorFactory operator,
    List<StreamInput> inputs, StateKey stateKey) {

  public StreamNode {
    inputs = List.copyOf(inputs);
  }

  public boolean isSource() {
    return source != null;
  }

  /** True for a {@link io.sluice.executor.api.TwoInputOperator}: some input feeds its second input. */
  public boolean isTwoInput() {
    return inputs.stream().anyMatch(input -> input.input() == 1);
  }

  public boolean isKeyed() {
    return stateKey != null;
  }
}
