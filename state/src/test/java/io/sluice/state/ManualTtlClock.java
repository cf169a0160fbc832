package io.sluice.state;

import java.time.Duration;

/** A clock that moves only when told to, for TTL tests. */
public final class ManualTtlClock implements TtlClock {
  private long millis;

  public ManualTtlClock(long startMillis) {
    this.millis = startMillis;
  }

  public void advance(Duration duration) {
    millis += duration.toMillis();
  }

  @Override
  public long currentTimeMillis() {
    return millis;
  }
}
