package io.sluice.state;

/** One value per key and namespace that every {@link #add} folds into with a {@link ReduceFunction}. */
public interface ReducingState<T> extends State {
  /** The reduced value, or null when nothing was added since the last clear. */
  T get();

  /** Reduces the value into the state: the first value is stored as is. Values are never null. */
  void add(T value);
}
