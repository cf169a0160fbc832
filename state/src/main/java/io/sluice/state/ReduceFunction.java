package io.sluice.state;

/** Combines two values of a {@link ReducingState} into one. Must not return null. */
@FunctionalInterface
public interface ReduceFunction<T> {
  T reduce(T accumulated, T value);
}
