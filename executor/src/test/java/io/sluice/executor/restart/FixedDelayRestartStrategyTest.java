package io.sluice.executor.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedDelayRestartStrategyTest {
  private final ManualClock clock = new ManualClock(0);

  @Test
  void restartsNTimesWithTheDelayThenGivesUp() {
    RestartStrategy strategy = new FixedDelayRestartStrategy(3, Duration.ofSeconds(2));
    for (int i = 0; i < 3; i++) {
      assertThat(strategy.onFailure(clock.advance(Duration.ofHours(1))))
          .isEqualTo(RestartDecision.restartAfter(2_000));
    }
    RestartDecision fourth = strategy.onFailure(clock.advance(Duration.ofHours(1)));
    assertThat(fourth.restart()).isFalse();
    assertThat(fourth.reason()).contains("failed 4 times", "restart-strategy.fixed-delay.attempts allows 3");
  }

  @Test
  void flinksDefaultIsOneRestartAfterOneSecond() {
    RestartStrategy strategy = new FixedDelayRestartStrategy(1, Duration.ofSeconds(1));
    assertThat(strategy.onFailure(0)).isEqualTo(RestartDecision.restartAfter(1_000));
    assertThat(strategy.onFailure(5_000).restart()).isFalse();
  }

  @Test
  void zeroAttemptsNeverRestarts() {
    assertThat(new FixedDelayRestartStrategy(0, Duration.ZERO).onFailure(0).restart()).isFalse();
    assertThatThrownBy(() -> new FixedDelayRestartStrategy(-1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
