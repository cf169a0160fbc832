package io.sluice.executor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureRateRestartStrategyTest {
  private final ManualClock clock = new ManualClock(0);

  @Test
  void givesUpOnlyPastTheRate() {
    RestartStrategy strategy = new FailureRateRestartStrategy(2, Duration.ofMinutes(1), Duration.ofSeconds(3));
    assertThat(strategy.onFailure(clock.now())).isEqualTo(RestartDecision.restartAfter(3_000));
    assertThat(strategy.onFailure(clock.advance(Duration.ofSeconds(30)))).isEqualTo(RestartDecision.restartAfter(3_000));
    RestartDecision third = strategy.onFailure(clock.advance(Duration.ofSeconds(30))); // 3 within 60 s, both ends in
    assertThat(third.restart()).isFalse();
    assertThat(third.reason()).contains("failed 3 times within 60000 ms", "max-failures-per-interval (2)");
  }

  @Test
  void failuresSpreadOutRestartForever() {
    RestartStrategy strategy = new FailureRateRestartStrategy(2, Duration.ofMinutes(1), Duration.ofSeconds(1));
    for (int i = 0; i < 100; i++) {
      assertThat(strategy.onFailure(clock.advance(Duration.ofSeconds(31))).restart()).as("failure %d", i).isTrue();
    }
  }

  @Test
  void theWindowSlides() {
    RestartStrategy strategy = new FailureRateRestartStrategy(2, Duration.ofMillis(100), Duration.ZERO);
    assertThat(strategy.onFailure(0).restart()).isTrue();
    assertThat(strategy.onFailure(90).restart()).isTrue();
    assertThat(strategy.onFailure(101).restart()).as("the failure at 0 left the window").isTrue();
    assertThat(strategy.onFailure(150).restart()).as("90, 101 and 150 within 100 ms").isFalse();
  }

  @Test
  void flinksDefaultIsOneFailurePerMinute() {
    RestartStrategy strategy = new FailureRateRestartStrategy(1, Duration.ofMinutes(1), Duration.ofSeconds(1));
    assertThat(strategy.onFailure(0)).isEqualTo(RestartDecision.restartAfter(1_000));
    assertThat(strategy.onFailure(60_001).restart()).isTrue();
    assertThat(strategy.onFailure(120_001).restart()).as("exactly one interval later: both ends count").isFalse();
  }
}
