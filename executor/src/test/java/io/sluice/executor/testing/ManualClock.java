package io.sluice.executor.testing;

import java.time.Duration;

/** Time that moves only when a test says so, for the pure-logic classes that take the time as an argument. */
public final class ManualClock {
  private long now;

  public ManualClock(long start) {
    this.now = start;
  }

  public long now() {
    return now;
  }

  /** Moves the time forward and returns the new time. */
  public long advance(Duration by) {
    now += by.toMillis();
    return now;
  }

  public long advanceMillis(long millis) {
    now += millis;
    return now;
  }
}
