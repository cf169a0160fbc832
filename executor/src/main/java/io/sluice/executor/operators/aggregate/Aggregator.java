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
 * <p>An aggregator whose accumulator is only its fields may also be {@link #mergeable()}: two accumulators of
 * disjoint sets of rows then combine into the accumulator of their union, which lets window operators keep one
 * accumulator per slice of time and build each window from the slices it spans.
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

  /** Removes what the aggregator keeps in its own keyed state for the current group; the default has none. */
  default void clear() {}

  /**
   * True if {@link #merge} works: the accumulator is all in this aggregator's fields and the result does not
   * depend on the order the rows arrived in. The default is false.
   */
  default boolean mergeable() {
    return false;
  }

  /**
   * Folds {@code other}'s fields into {@code into}'s, so that {@code into} holds the rows of both (sets of rows
   * that share none); {@code other} is left as it was. Only called when {@link #mergeable()}.
   */
  default void merge(Object[] into, Object[] other) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot merge accumulators");
  }
}
