package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.runtime.state.KeyedOperatorState;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.TtlClock;
import io.sluice.state.heap.HeapKeyedStateBackend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs one keyed operator by hand, as the runtime would with parallelism 1: keyed state for all key groups, the
 * key of each row set before the operator sees it, event-time timers fired before each watermark, and the emitted
 * rows and watermarks collected. {@link #snapshot} and {@link #restore} carry the keyed state and timers over to a
 * fresh operator instance, which shows that the operator keeps nothing outside them.
 */
public final class KeyedOperatorHarness implements AutoCloseable {
  private static final int MAX_PARALLELISM = 128;

  private final Operator operator;
  private final KeyedOperatorState state;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private final List<Row> emitted = new ArrayList<>();
  private final List<Long> watermarks = new ArrayList<>();
  /** Processing time stands still until {@link #advanceProcessingTime}; the due timers, in time order. */
  private long processingTime;
  private final PriorityQueue<Long> processingTimers = new java.util.PriorityQueue<>();
  private final ProcessingTimeService processingTimeService = new ProcessingTimeService() {
    @Override
    public long currentTime() {
      return processingTime;
    }

    @Override
    public void registerTimer(long time) {
      processingTimers.add(time);
    }
  };
  private StateKey[] inputKeys;
  private final Output output = new Output() {
    @Override
    public void emit(Row row) {
      emitted.add(row);
    }

    @Override
    public void emitWatermark(long watermark) {
      watermarks.add(watermark);
    }
  };

  private KeyedOperatorHarness(Operator operator, KeyedOperatorState state, Configuration configuration)
      throws Exception {
    this.operator = operator;
    this.state = state;
    operator.open(new OperatorContext("harness", 0, 1, MAX_PARALLELISM, configuration)
        .withKeyedState(state.store())
        .withMetrics(metrics)
        .withProcessingTime(processingTimeService));
  }

  private KeyedOperatorHarness(Operator operator, KeyedOperatorState state) throws Exception {
    this(operator, state, new Configuration());
  }

  /** Opens the operator over empty keyed state. */
  public static KeyedOperatorHarness open(Operator operator, StateKey key) throws Exception {
    return new KeyedOperatorHarness(operator, KeyedOperatorState.create(key, 0, 1, MAX_PARALLELISM));
  }

  /**
   * Opens the operator over empty keyed state with a job configuration (e.g. a state TTL) and the clock state
   * TTL is measured with.
   */
  public static KeyedOperatorHarness open(Operator operator, StateKey key, Configuration configuration,
      TtlClock clock) throws Exception {
    HeapKeyedStateBackend backend = new HeapKeyedStateBackend(new KeyedBackendParameters(
        key.serializer(), KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM, clock));
    return new KeyedOperatorHarness(operator, new KeyedOperatorState(key, backend), configuration);
  }

  /**
   * Opens a two-input operator over empty keyed state scoped by the left key (both keys share its serializer),
   * with a job configuration and the clock state TTL is measured with.
   */
  public static KeyedOperatorHarness openTwoInput(TwoInputOperator operator, StateKey left, StateKey right,
      Configuration configuration, TtlClock clock) throws Exception {
    KeyedOperatorHarness harness = open(operator, left, configuration, clock);
    harness.inputKeys = new StateKey[] {left, right};
    return harness;
  }

  /** Opens a two-input operator over keyed state and timers restored from {@link #snapshot}. */
  public static KeyedOperatorHarness restoreTwoInput(TwoInputOperator operator, StateKey left, StateKey right,
      byte[] snapshot) throws Exception {
    KeyedOperatorHarness harness = restore(operator, left, snapshot);
    harness.inputKeys = new StateKey[] {left, right};
    return harness;
  }

  /** Opens the operator over keyed state and timers restored from {@link #snapshot}. */
  public static KeyedOperatorHarness restore(Operator operator, StateKey key, byte[] snapshot) throws Exception {
    HeapKeyedStateBackend backend = new HeapKeyedStateBackend(
        KeyedBackendParameters.of(key.serializer(), KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM));
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
    byte[] stateBytes = new byte[in.readInt()];
    in.readFully(stateBytes);
    backend.restore(new DataInputStream(new ByteArrayInputStream(stateBytes)));
    KeyedOperatorState state = new KeyedOperatorState(key, backend);
    state.restoreTimers(in.readAllBytes());
    return new KeyedOperatorHarness(operator, state);
  }

  /** Feeds the rows in order; returns what the operator emitted for them. */
  public List<Row> process(Row... rows) throws Exception {
    emitted.clear();
    for (Row row : rows) {
      state.setCurrentKeyOf(row);
      operator.processRow(row, output);
    }
    return List.copyOf(emitted);
  }

  /**
   * Feeds rows of input {@code input} of a {@link TwoInputOperator} in order, each row's key taken by that
   * input's selector; returns what the operator emitted for them. Only for a harness opened with
   * {@link #openTwoInput}.
   */
  public List<Row> process(int input, Row... rows) throws Exception {
    emitted.clear();
    for (Row row : rows) {
      state.setCurrentKeyOf(row, inputKeys[input].selector());
      ((TwoInputOperator) operator).processRow(input, row, output);
    }
    return List.copyOf(emitted);
  }

  /** Advances event time as the runtime does (timers first); returns the rows emitted meanwhile. */
  public List<Row> watermark(long watermark) throws Exception {
    emitted.clear();
    state.advanceWatermark(watermark, (time, namespace) -> operator.onEventTime(time, namespace, output));
    operator.processWatermark(watermark, output);
    return List.copyOf(emitted);
  }

  /**
   * Moves processing time (0 at the start) forward to {@code time}, firing the timers due by then in time order;
   * returns the rows emitted meanwhile.
   */
  public List<Row> advanceProcessingTime(long time) throws Exception {
    emitted.clear();
    processingTime = time;
    while (!processingTimers.isEmpty() && processingTimers.peek() <= time) {
      operator.onProcessingTime(processingTimers.poll(), output);
    }
    return List.copyOf(emitted);
  }

  /** Lets the operator emit what it holds outside its state, as before a checkpoint barrier; returns the rows. */
  public List<Row> prepareSnapshotPreBarrier(long checkpointId) throws Exception {
    emitted.clear();
    operator.prepareSnapshotPreBarrier(checkpointId, output);
    return List.copyOf(emitted);
  }

  /** Ends the input; returns the rows emitted at the end. */
  public List<Row> endInput() throws Exception {
    emitted.clear();
    operator.endInput(output);
    return List.copyOf(emitted);
  }

  /** The watermarks the operator emitted so far. */
  public List<Long> emittedWatermarks() {
    return List.copyOf(watermarks);
  }

  /** The operator's counter of this name. */
  public long counter(String name) {
    return metrics.counter(name).count();
  }

  /** The keyed state and timers as they are now: the heap backend's snapshot, then the timers'. */
  public byte[] snapshot() throws IOException {
    ByteArrayOutputStream stateBytes = new ByteArrayOutputStream();
    ((HeapKeyedStateBackend) state.backend()).snapshot(new DataOutputStream(stateBytes));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(stateBytes.size());
    stateBytes.writeTo(out);
    state.snapshotTimers(out);
    out.flush();
    return bytes.toByteArray();
  }

  /** Stored entries over all states and keys. */
  public long stateEntries() {
    return state.backend().numEntries();
  }

  /** Event-time timers registered and not fired. */
  public int pendingTimers() {
    return state.pendingTimers();
  }

  @Override
  public void close() throws Exception {
    operator.close();
    state.close();
  }
}
