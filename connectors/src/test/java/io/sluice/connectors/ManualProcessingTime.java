package io.sluice.connectors;

import io.sluice.executor.api.ProcessingTimeService;
import java.util.ArrayList;
import java.util.List;

/** A clock the test moves by hand; registered timers are only recorded (the test fires them). */
public final class ManualProcessingTime implements ProcessingTimeService {
  public final List<Long> timers = new ArrayList<>();
  public long now;

  public ManualProcessingTime(long now) {
    this.now = now;
  }

  @Override
  public long currentTime() {
    return now;
  }

  @Override
  public void registerTimer(long time) {
    timers.add(time);
  }
}
