package io.sluice.executor.operators.join;

/**
 * How a lookup join runs its lookups, as Flink's async lookup: on {@code threads} threads of its own, with at most
 * {@code capacity} lookups in flight, their results emitted in input order ({@code ordered}) or as they complete.
 * With no threads, every lookup runs on the operator's thread and the pipeline waits for each.
 *
 * @param threads threads per operator instance; 0 for synchronous lookups
 * @param capacity lookups in flight at most before the operator waits for one (Flink's
 *     {@code table.exec.async-lookup.buffer-capacity})
 * @param ordered whether results keep the input order (Flink's {@code table.exec.async-lookup.output-mode})
 */
public record AsyncLookup(int threads, int capacity, boolean ordered) {
  /** Every lookup on the operator's thread. */
  public static final AsyncLookup SYNC = new AsyncLookup(0, 1, true);

  public AsyncLookup {
    if (threads < 0 || capacity < 1) {
      throw new IllegalArgumentException("threads >= 0 and capacity >= 1 expected: " + threads + ", " + capacity);
    }
  }
}
