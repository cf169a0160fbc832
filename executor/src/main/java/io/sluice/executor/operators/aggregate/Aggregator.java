package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import java.util.List;

/**
 * One aggregate function of a group aggregation, over an input that may retract what it added earlier.
 *
 * <p>An aggregator holds no per-group data of its own: a group's accumulator is an {@code Object[]} that the
 * operator loads from keyed state before a row and stores afterwards, and the aggregator owns the run of its
 * fields that starts at the offset it is given in {@link #open}, typed by {@link #accumulatorTypes()}. Data that
 * does not fit in fields (the values seen so far, for MIN under retraction or DISTINCT) goes into keyed state the
 * aggregator declares in {@code open}; its handles work on the current group.
 *
 * <p>Calls, all from the operator's thread: {@link #open} once; then per row of a group {@link #accumulate} or
 * {@link #retract}, and {@link #result} any number of times; {@link #clear} when the group is gone. A retracted
 * row is always one that was accumulated before; an aggregator that cannot retract says so in its class comment
 * and throws.
 *
 * <p>An aggregator whose accumulator is only its fields may also {@link #canMerge}: two accumulators of
 * disjoint sets of rows then combine into the accumulator of their union, which lets a two-phase aggregation
 * merge partial accumulators and window operators keep one accumulator per slice of time and build each window
 * from the slices it spans.
 */
public interface Aggregator {
  /** The types of the accumulator fields this aggregator owns, in order; fixed for its lifetime. */
  List<DataType> accumulatorTypes();

  /** Called once before any other method except {@link #accumulatorTypes}. */
  void open(AggregatorContext context);

  /** Sets this aggregator's fields of a new group's accumulator. */
  void initialize(Object[] accumulator);

  /** Adds a row ({@code +I} or {@code +U}) to the group. */
  void accumulate(Object[] accumulator, Row input);

  /** Removes a row ({@code -U} or {@code -D}) that was accumulated before. */
  void retract(Object[] accumulator, Row input);

  /** The aggregate of the rows the group holds now, in the result type's internal class; null for SQL NULL. */
  Object result(Object[] accumulator);

  /**
   * Whether {@link #merge} works: the accumulator fields alone say everything (no keyed state of its own), so
   * partial accumulators of a two-phase aggregation can be combined. The default cannot.
   */
  default boolean canMerge() {
    return false;
  }

  /**
   * Adds the rows another accumulator of the same layout holds (a partial one, built from a fresh
   * {@link #initialize} by accumulating and retracting rows) to {@code accumulator}.
   *
   * @throws UnsupportedOperationException unless {@link #canMerge}
   */
  default void merge(Object[] accumulator, Object[] other) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot merge accumulators");
  }

  /**
   * This aggregator as a local aggregation uses it, for partial accumulators: their counts are net changes, so a
   * count back at 0 does not mean that no values are left (a bundle may replace one value by another). The
   * default is this aggregator, for aggregators that never read their counts that way.
   */
  default Aggregator forPartialAccumulators() {
    return this;
  }

  /** Removes what the aggregator keeps in its own keyed state for the current group; the default has none. */
  default void clear() {}
}
