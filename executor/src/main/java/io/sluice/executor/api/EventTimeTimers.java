package io.sluice.executor.api;

/**
 * The event-time timers of a keyed operator: a timer is a (key, namespace, time) triple, registered for the current
 * key. When the operator's watermark reaches a timer's time, the runtime makes the timer's key current and calls
 * {@link Operator#onEventTime} with its time and namespace, before it passes the watermark on to
 * {@link Operator#processWatermark}. Timers fire in the order of their times; a timer registered twice fires once.
 * The runtime owns the timers (like keyed state) and snapshots them with it.
 *
 * @param <N> the type of the namespaces, e.g. windows
 */
public interface EventTimeTimers<N> {
  /** Registers a timer for the current key; does nothing if the same timer is registered already. */
  void register(N namespace, long time);

  /** Removes a timer of the current key, if it exists. */
  void delete(N namespace, long time);

  /** The last watermark the operator received, {@link Long#MIN_VALUE} before the first. */
  long currentWatermark();
}
