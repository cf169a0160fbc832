package io.sluice.executor.api;

/**
 * Wall-clock time and callbacks for an operator, e.g. to emit watermarks periodically. The task that runs the
 * operator checks its timers between units of work and calls {@link Operator#onProcessingTime} on its own thread
 * once a timer's time has come, so the operator never sees a thread or a lock. Timers are not keyed and not kept
 * across restarts.
 */
public interface ProcessingTimeService {
  /** A service for operators that run outside a task (tests, tools): the system clock, timers refused. */
  ProcessingTimeService NONE = new ProcessingTimeService() {
    @Override
    public long currentTime() {
      return System.currentTimeMillis();
    }

    @Override
    public void registerTimer(long time) {
      throw new UnsupportedOperationException("No processing-time timers outside a task");
    }
  };

  /** The current time in epoch milliseconds. */
  long currentTime();

  /**
   * Asks for one call of {@link Operator#onProcessingTime} with {@code time} once the clock has reached it (at the
   * earliest when the current unit of work is done; later when the task is busy). Registering the same time twice
   * gives two calls.
   */
  void registerTimer(long time);
}
