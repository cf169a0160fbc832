package io.sluice.executor.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named counters of one operator instance. The runtime adds them up per job by name, so a name means the same
 * thing in every operator ({@link #LATE_ROWS_DROPPED}, {@link #ROWS_IN}, {@link #ROWS_OUT}). Counters are created
 * on the operator's thread and read from any thread.
 */
public final class OperatorMetrics {
  /** Rows dropped because they arrived behind the watermark. */
  public static final String LATE_ROWS_DROPPED = "numLateRecordsDropped";

  /** Rows a source read and emitted into its job (Flink's source metric of the same name). */
  public static final String ROWS_IN = "numRecordsIn";

  /** Rows that reached a sink: a table's writer, or the result of a query (Flink's sink metric of that name). */
  public static final String ROWS_OUT = "numRecordsOut";

  /**
   * The keyed state entries a keyed operator instance still held when its input ended (after the final
   * watermark fired its timers); set by the runtime, so a test can see that an operator released its state.
   */
  public static final String STATE_ENTRIES_AT_END = "numStateEntriesAtEnd";

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  /** The counter with this name, created at 0 on first use. */
  public Counter counter(String name) {
    return counters.computeIfAbsent(name, n -> new Counter());
  }

  /** The current value of every counter, by name. */
  public Map<String, Long> values() {
    Map<String, Long> values = new TreeMap<>();
    counters.forEach((name, counter) -> values.put(name, counter.count()));
    return values;
  }
}
