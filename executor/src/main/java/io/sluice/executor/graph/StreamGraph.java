package io.sluice.executor.graph;

import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.api.SourceFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The logical dataflow of a job, built node by node: sources, and operators that read from nodes added before
 * them (so the graph is acyclic and node ids are in topological order). The runtime decides how nodes are
 * chained into tasks when the graph is submitted.
 *
 * <p>An operator with several inputs reads them as one logical input (a union), unless it is a {@link
 * io.sluice.executor.api.TwoInputOperator} added with {@link #addTwoInputKeyedOperator}, which tells its two inputs apart.
 *
 * <p>Not thread-safe; a graph must not change after it has been submitted.
 */
public final class StreamGraph {
  private final List<StreamNode> nodes = new ArrayList<>();

  /** Adds a source and returns its node id. */
  public int addSource(String name, int parallelism, SourceFactory source) {
    Objects.requireNonNull(source, "source");
    return add(name, parallelism, source, null, List.of(), null);
  }

  /** Adds an operator with one input and returns its node id. */
  public int addOperator(String name, int parallelism, OperatorFactory factory, int inputNode, Exchange exchange) {
    return addOperator(name, parallelism, factory, List.of(new StreamInput(inputNode, exchange)));
  }

  /**
   * Adds an operator that reads several inputs as one (a union) and returns its node id.
   *
   * @throws IllegalArgumentException if an input names no node added before, or a forward exchange joins
   *     nodes of different parallelism
   */
  public int addOperator(String name, int parallelism, OperatorFactory factory, List<StreamInput> inputs) {
    Objects.requireNonNull(factory, "factory");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("Operator '" + name + "' needs at least one input");
    }
    for (StreamInput input : inputs) {
      checkInput(name, parallelism, input);
    }
    return add(name, parallelism, null, factory, inputs, null);
  }

  /**
   * Adds a keyed operator and returns its node id: its input is hash-partitioned by {@code key}, and the runtime
   * gives each instance keyed state for the key groups it owns, with the key of each row set as the current key
   * before the operator sees the row (see {@link io.sluice.executor.api.OperatorContext#keyedState()}).
   */
  public int addKeyedOperator(String name, int parallelism, OperatorFactory factory, int inputNode, StateKey key) {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(key, "key");
    StreamInput input = new StreamInput(inputNode, Exchange.hash(key.selector()));
    checkInput(name, parallelism, input);
    return add(name, parallelism, null, factory, List.of(input), key);
  }

  /**
   * Adds a keyed operator with two inputs (a join) and returns its node id. Each input is hash-partitioned by its
   * own key selector with the same key-group routing, so rows whose keys are equal meet in the same instance; the
   * keyed state is scoped by that key, and the row's key (by its input's selector) is the current key before the
   * operator sees the row. Both keys must be written by the same serializer ({@code leftKey}'s is the state's).
   * The node always heads a chain: it reads both inputs through channels. The two inputs may be the same node
   * (a self-join).
   */
  public int addTwoInputKeyedOperator(String name, int parallelism, OperatorFactory factory, int leftNode,
      StateKey leftKey, int rightNode, StateKey rightKey) {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(leftKey, "leftKey");
    Objects.requireNonNull(rightKey, "rightKey");
    if (!leftKey.serializer().snapshot().equals(rightKey.serializer().snapshot())) {
      throw new IllegalArgumentException("The keys of both inputs of '" + name + "' need the same serializer");
    }
    List<StreamInput> inputs = List.of(new StreamInput(leftNode, Exchange.hash(leftKey.selector()), 0),
        new StreamInput(rightNode, Exchange.hash(rightKey.selector()), 1));
    for (StreamInput input : inputs) {
      checkInput(name, parallelism, input);
    }
    return add(name, parallelism, null, factory, inputs, leftKey);
  }

  /** The nodes in the order they were added; the index of a node is its id. */
  public List<StreamNode> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  public StreamNode node(int id) {
    return nodes.get(id);
  }

  private int add(String name, int parallelism, SourceFactory source, OperatorFactory op, List<StreamInput> inputs,
      StateKey key) {
    Objects.requireNonNull(name, "name");
    if (parallelism <= 0) {
      throw new IllegalArgumentException(
          "Parallelism of '" + name + "' must be greater than 0, got " + parallelism);
    }
    int id = nodes.size();
    nodes.add(new StreamNode(id, name, parallelism, source, op, inputs, key));
    return id;
  }

  private void checkInput(String name, int parallelism, StreamInput input) {
    if (input.node() < 0 || input.node() >= nodes.size()) {
      throw new IllegalArgumentException("Input " + input.node() + " of operator '" + name + "' is not a node");
    }
    StreamNode producer = nodes.get(input.node());
    if (input.exchange().kind() == Exchange.Kind.FORWARD && producer.parallelism() != parallelism) {
      throw new IllegalArgumentException("Forward exchange from '" + producer.name() + "' (parallelism "
          + producer.parallelism() + ") to '" + name + "' (parallelism " + parallelism
          + ") needs equal parallelism; use rebalance() or hash() instead");
    }
  }
}
