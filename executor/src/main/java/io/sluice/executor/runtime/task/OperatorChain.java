package io.sluice.executor.runtime.task;

import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.graph.StreamInput;
import io.sluice.executor.graph.StreamNode;
import io.sluice.executor.runtime.channel.ChannelWriter;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import io.sluice.executor.runtime.state.KeyedOperatorState;
import io.sluice.executor.runtime.state.OperatorStates;
import io.sluice.executor.runtime.state.StateBackendSettings;
import io.sluice.executor.runtime.state.TaskStateBackends;
import io.sluice.state.operator.OperatorStateBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators of one task, wired so that each calls the next directly. Wiring goes from the tail to the head: the
 * output of a node is the {@link ChainedOutput} of each chained node it feeds, plus a {@link ChannelWriter} per edge
 * that leaves the chain from it — one of them as is, several behind a {@link FanOutOutput}, none as a {@link
 * DiscardingOutput}. The task then only holds the chain's entry: the output a source reader emits into, or the input
 * of the head operator.
 *
 * <p>Lifecycle, all on the task's thread: {@link #createOperators}, {@link #open} (tail first, so an operator that
 * emits in {@code open} finds its consumers ready), rows and watermarks through {@link #entry}, {@link #endInput}
 * (head to tail, so rows emitted at end of input reach the next operator before its own end), {@link #finishOutputs},
 * and {@link #closeAll} (always, also after a failure). Exceptions from user code are wrapped in an {@link
 * OperatorException} naming the operator.
 *
 * <p>Every operator gets the chain's {@link ProcessingTimers} as its clock and timers, and counters registered with
 * the job's metrics. The chain counts the rows a source emits ({@link OperatorMetrics#ROWS_IN}) and the rows that
 * reach a sink, a node with no output ({@link OperatorMetrics#ROWS_OUT}). A keyed node gets its {@link KeyedOperatorState} (for the key groups of this subtask) when the
 * operators are created; its context carries the state's store, and the state is closed after the operator.
 */
final class OperatorChain {
  private final TaskSetup setup;
  private final List<StreamNode> nodes;
  private final Operator[] operators;
  /** The operator of each node, or for the head of a source chain its reader once attached. */
  private final Object[] instances;
  private final Output[] outputs;
  private final OperatorContext[] contexts;
  private final KeyedOperatorState[] keyedStates;
  private final OperatorStateBackend[] operatorStates;
  private final ChainedOutput[] inputs;
  private final ProcessingTimers timers = new ProcessingTimers(System::currentTimeMillis);
  private final List<ChannelWriter> writers = new ArrayList<>();
  private final TaskStateBackends backends;
  private Output entry;

  OperatorChain(TaskSetup setup) {
    this.setup = setup;
    this.nodes = setup.vertex().nodes();
    this.operators = new Operator[nodes.size()];
    this.instances = new Object[nodes.size()];
    this.outputs = new Output[nodes.size()];
    this.contexts = new OperatorContext[nodes.size()];
    this.keyedStates = new KeyedOperatorState[nodes.size()];
    this.operatorStates = new OperatorStateBackend[nodes.size()];
    this.inputs = new ChainedOutput[nodes.size()];
    this.backends = new TaskStateBackends(StateBackendSettings.fromConfig(setup.configuration()), setup.jobId());
    for (int i = 0; i < nodes.size(); i++) {
      contexts[i] = new OperatorContext(nodes.get(i).name(), setup.subtask(), setup.vertex().parallelism(),
          setup.maxParallelism(), setup.configuration())
          .withProcessingTime(timers.serviceFor(i))
          .withMetrics(setup.metrics().register());
    }
  }

  /** Instantiates the operators through their factories and wires them; called once. */
  void createOperators() {
    for (int i = 0; i < nodes.size(); i++) {
      try {
        operatorStates[i] = ChainCheckpoints.createOperatorState(setup.restore(), nodes.get(i), setup.subtask(),
            setup.vertex().parallelism());
        contexts[i] = contexts[i].withOperatorState(operatorStates[i]);
      } catch (IOException e) {
        throw new OperatorException(contexts[i], new UncheckedIOException(e));
      }
      if (!nodes.get(i).isSource()) {
        try {
          operators[i] = nodes.get(i).operator().create();
          instances[i] = operators[i];
          if (nodes.get(i).isKeyed()) {
            keyedStates[i] = ChainCheckpoints.createKeyed(backends, setup.restore(), nodes.get(i), setup.subtask(),
                setup.vertex().parallelism(), setup.maxParallelism());
            contexts[i] = contexts[i].withKeyedState(keyedStates[i].store());
          }
          restoreOwn(i);
        } catch (IOException e) {
          throw new OperatorException(contexts[i], new UncheckedIOException(e));
        } catch (Exception e) {
          throw new OperatorException(contexts[i], e);
        }
      }
    }
    for (int i = nodes.size() - 1; i >= 0; i--) {
      List<Output> targets = new ArrayList<>();
      for (int j = i + 1; j < nodes.size(); j++) {
        if (nodes.get(j).inputs().get(0).node() == nodes.get(i).id()) {
          targets.add(inputs[j]);
        }
      }
      List<ChannelWriter> nodeWriters = setup.writersByNode().getOrDefault(nodes.get(i).id(), List.of());
      targets.addAll(nodeWriters);
      writers.addAll(nodeWriters);
      outputs[i] = combine(targets);
      if (nodes.get(i).isSource()) {
        outputs[i] = new CountingOutput(outputs[i], contexts[i].metrics().counter(OperatorMetrics.ROWS_IN));
      }
      if (operators[i] != null) {
        // A node whose rows go nowhere is a sink: what reaches it leaves the job.
        Counter rowsOut = targets.isEmpty() ? contexts[i].metrics().counter(OperatorMetrics.ROWS_OUT) : null;
        inputs[i] = new ChainedOutput(operators[i], outputs[i], contexts[i], keyedStates[i],
            inputKeys(nodes.get(i)), rowsOut);
      }
    }
    entry = nodes.get(0).isSource() ? outputs[0] : inputs[0];
  }

  /**
   * Makes {@code reader} the instance of the chain's head source: its own state is restored now, when the job
   * starts from a checkpoint, and snapshotted and notified with the operators'. Called once, before the reader
   * opens.
   */
  void attachSource(SourceReader reader) throws Exception {
    instances[0] = reader;
    restoreOwn(0);
  }

  private void restoreOwn(int node) throws Exception {
    OperatorStates.restoreFunction(operatorStates[node], instances[node], setup.subtask(),
        setup.vertex().parallelism());
  }

  /** The time of the chain's earliest processing-time timer, {@link Long#MAX_VALUE} if none. */
  long nextTimerTime() {
    return timers.nextTime();
  }

  /** Calls the operators whose processing-time timers are due; called by the task between units of work. */
  void fireDueTimers() {
    timers.fireDue((node, time) -> {
      if (inputs[node] != null) {
        inputs[node].onProcessingTime(time);
      }
    });
  }

  /** Where the chain's input goes: the head source's output, or the head operator's input. */
  Output entry() {
    return entry;
  }

  /** Where the rows of the head operator's input {@code index} go (0, or 1 for a two-input operator). */
  Output entry(int index) {
    return inputs[0].input(index);
  }

  /** The context of the chain's head (for a source chain, the source's). */
  OperatorContext headContext() {
    return contexts[0];
  }

  void open() {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (operators[i] != null) {
        try {
          operators[i].open(contexts[i]);
        } catch (OperatorException | TaskCanceledException e) {
          throw e;
        } catch (Exception e) {
          throw new OperatorException(contexts[i], e);
        }
      }
    }
  }

  /**
   * Ends the input of every operator, head to tail, and records how many keyed state entries each keyed one still
   * holds ({@link OperatorMetrics#STATE_ENTRIES_AT_END}).
   */
  void endInput() {
    for (int i = 0; i < nodes.size(); i++) {
      if (operators[i] != null) {
        try {
          operators[i].endInput(outputs[i]);
          if (keyedStates[i] != null) {
            contexts[i].metrics().counter(OperatorMetrics.STATE_ENTRIES_AT_END)
                .inc(keyedStates[i].backend().numEntries());
          }
        } catch (OperatorException | TaskCanceledException e) {
          throw e;
        } catch (Exception e) {
          throw new OperatorException(contexts[i], e);
        }
      }
    }
  }

  /** Sends every pending buffer downstream; called before the task waits and when the buffer timeout passed. */
  void flush() {
    for (ChannelWriter writer : writers) {
      writer.flush();
    }
  }

  /**
   * Lets every operator, head to tail, emit what it holds outside its state
   * ({@link Operator#prepareSnapshotPreBarrier}), then sends the pending rows and the barrier of checkpoint
   * {@code checkpointId} on every channel.
   */
  void emitBarrier(long checkpointId) {
    for (int i = 0; i < nodes.size(); i++) {
      if (operators[i] != null) {
        try {
          operators[i].prepareSnapshotPreBarrier(checkpointId, outputs[i]);
        } catch (OperatorException | TaskCanceledException e) {
          throw e;
        } catch (Exception e) {
          throw new OperatorException(contexts[i], e);
        }
      }
    }
    for (ChannelWriter writer : writers) {
      writer.emitBarrier(checkpointId);
    }
  }

  /** The synchronous part of a snapshot of every operator of the chain, to be written into {@code location}. */
  ChainCheckpoints.Frozen freezeState(CheckpointLocation location, long checkpointId) throws Exception {
    return ChainCheckpoints.freeze(location, checkpointId, setup.subtask(), nodes, instances, operatorStates,
        keyedStates, backends.settings().incremental());
  }

  /** Tells every operator and source reader that is a {@link CheckpointListener} that the checkpoint completed. */
  void notifyCheckpointComplete(long checkpointId) {
    for (int i = 0; i < nodes.size(); i++) {
      if (instances[i] instanceof CheckpointListener listener) {
        try {
          listener.notifyCheckpointComplete(checkpointId);
        } catch (OperatorException | TaskCanceledException e) {
          throw e;
        } catch (Exception e) {
          throw new OperatorException(contexts[i], e);
        }
      }
    }
  }

  /** Sends the pending rows and the end of input on every channel the chain writes to. */
  void finishOutputs() {
    for (ChannelWriter writer : writers) {
      writer.endInput();
    }
  }

  /**
   * Closes every operator that was created, head to tail, then its keyed state, even if some fail, and last the
   * task's shared state memory; returns the first failure.
   */
  Throwable closeAll() {
    Throwable first = null;
    for (int i = 0; i < nodes.size(); i++) {
      if (operators[i] != null) {
        first = addFailure(first, close(operators[i]::close, i));
      }
      if (keyedStates[i] != null) {
        first = addFailure(first, close(keyedStates[i]::close, i));
      }
    }
    try {
      backends.close();
    } catch (Throwable t) {
      first = addFailure(first, t);
    }
    return first;
  }

  private OperatorException close(AutoCloseable closeable, int node) {
    try {
      closeable.close();
      return null;
    } catch (Throwable t) {
      return new OperatorException(contexts[node], t);
    }
  }

  private static Throwable addFailure(Throwable first, Throwable failure) {
    if (failure == null || first == null) {
      return first == null ? failure : first;
    }
    first.addSuppressed(failure);
    return first;
  }

  /** The key selector of each input of a keyed two-input node, by input index; else none. */
  private static KeySelector[] inputKeys(StreamNode node) {
    if (!node.isKeyed() || !node.isTwoInput()) {
      return new KeySelector[0];
    }
    KeySelector[] keys = new KeySelector[2];
    for (StreamInput input : node.inputs()) {
      keys[input.input()] = input.exchange().keySelector();
    }
    return keys;
  }

  private static Output combine(List<Output> targets) {
    return switch (targets.size()) {
      case 0 -> DiscardingOutput.INSTANCE;
      case 1 -> targets.get(0);
      default -> new FanOutOutput(targets.toArray(new Output[0]));
    };
  }
}
