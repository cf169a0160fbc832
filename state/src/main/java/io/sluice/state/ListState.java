package io.sluice.state;

import java.util.List;

/** A list of values per key and namespace, in insertion order. Elements are never null. */
public interface ListState<T> extends State {
  /** The elements, in the order they were added; an empty iterable when there are none. */
  Iterable<T> get();

  /** Appends one element. */
  void add(T value);

  /** Appends the elements in order. */
  void addAll(List<T> values);

  /** Replaces the elements; an empty list clears the state. */
  void update(List<T> values);
}
