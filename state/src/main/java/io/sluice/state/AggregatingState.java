package io.sluice.state;

/**
 * An accumulator per key and namespace that every {@link #add} folds into with an {@link AggregateFunction};
 * only the accumulator is stored.
 */
public interface AggregatingState<IN, OUT> extends State {
  /** The result of the accumulator, or null when nothing was added since the last clear. */
  OUT get();

  /** Adds the value to the accumulator, creating the accumulator on the first add. */
  void add(IN value);
}
