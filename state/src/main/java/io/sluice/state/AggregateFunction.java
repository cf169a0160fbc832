package io.sluice.state;

/**
 * The accumulator logic of an {@link AggregatingState}. The state stores the accumulator in serialized form, so
 * {@link #add} may change and return the accumulator it is given: the stored copy is written back afterwards.
 */
public interface AggregateFunction<IN, ACC, OUT> {
  /** A fresh accumulator, called on the first add after a clear. */
  ACC createAccumulator();

  /** The accumulator with the value added; must not return null. */
  ACC add(IN value, ACC accumulator);

  OUT getResult(ACC accumulator);
}
