package io.sluice.state;

/** One value per key and namespace. */
public interface ValueState<T> extends State {
  /** The value, or null when there is none (never set, cleared or expired). */
  T value();

  /** Sets the value; null clears it. */
  void update(T value);
}
