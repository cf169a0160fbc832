package io.sluice.executor.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.api.ProcessingTimeService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProcessingTimersTest {
  private final AtomicLong now = new AtomicLong(1000);
  private final ProcessingTimers timers = new ProcessingTimers(now::get);
  private final List<String> fired = new ArrayList<>();

  @Test
  void firesDueTimersEarliestFirstAndOnlyOnce() {
    ProcessingTimeService first = timers.serviceFor(0);
    ProcessingTimeService second = timers.serviceFor(1);
    second.registerTimer(1200);
    first.registerTimer(1100);
    first.registerTimer(1300);
    assertThat(timers.nextTime()).isEqualTo(1100);

    timers.fireDue(this::record);
    assertThat(fired).isEmpty();

    now.set(1250);
    timers.fireDue(this::record);
    assertThat(fired).containsExactly("0@1100", "1@1200");
    assertThat(timers.nextTime()).isEqualTo(1300);
    timers.fireDue(this::record);
    assertThat(fired).hasSize(2);
  }

  @Test
  void aTimerRegisteredWhileFiringFiresInTheSameCallWhenDue() {
    ProcessingTimeService service = timers.serviceFor(0);
    service.registerTimer(900);
    timers.fireDue((node, time) -> {
      record(node, time);
      if (time == 900) {
        service.registerTimer(950);
        service.registerTimer(5000);
      }
    });
    assertThat(fired).containsExactly("0@900", "0@950");
    assertThat(timers.nextTime()).isEqualTo(5000);
    assertThat(service.currentTime()).isEqualTo(1000);
  }

  private void record(int node, long time) {
    fired.add(node + "@" + time);
  }
}
