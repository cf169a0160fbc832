package io.sluice.executor.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.testing.ManualClock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExponentialDelayRestartStrategyTest {
  private final ManualClock clock = new ManualClock(0);

  private static ExponentialDelayRestartStrategy strategy(double jitter, int attempts) {
    return new ExponentialDelayRestartStrategy(new ExponentialDelayRestartStrategy.Settings(Duration.ofSeconds(1),
        Duration.ofMinutes(1), 1.5, Duration.ofHours(1), jitter, attempts), new Random(42));
  }

  /** Fails again right after each restart; returns the delays. */
  private long[] failRepeatedly(RestartStrategy strategy, int times) {
    long[] delays = new long[times];
    for (int i = 0; i < times; i++) {
      RestartDecision decision = strategy.onFailure(clock.now());
      assertThat(decision.restart()).isTrue();
      delays[i] = decision.delayMillis();
      clock.advanceMillis(decision.delayMillis() + 10);
    }
    return delays;
  }

  @Test
  void growsByTheMultiplierUpToTheMaximum() {
    long[] delays = failRepeatedly(strategy(0, Integer.MAX_VALUE), 14);
    assertThat(delays).startsWith(1_000, 1_500, 2_250, 3_375, 5_062, 7_593, 11_390, 17_085, 25_628, 38_443,
        57_665, 60_000, 60_000, 60_000);
  }

  @Test
  void resetsAfterRunningWellForTheThreshold() {
    RestartStrategy strategy = strategy(0, Integer.MAX_VALUE);
    failRepeatedly(strategy, 5);
    clock.advance(Duration.ofMinutes(59));
    assertThat(strategy.onFailure(clock.now()).delayMillis()).as("59 min is not enough").isEqualTo(7_593);
    clock.advanceMillis(7_593);
    clock.advance(Duration.ofHours(1));
    assertThat(strategy.onFailure(clock.now()).delayMillis()).isEqualTo(1_000);
  }

  @Test
  void givesUpAfterTheAttemptsAndTheResetGrantsNewOnes() {
    RestartStrategy strategy = strategy(0, 3);
    failRepeatedly(strategy, 3);
    RestartDecision fourth = strategy.onFailure(clock.now());
    assertThat(fourth.restart()).isFalse();
    assertThat(fourth.reason()).contains("attempts-before-reset-backoff allows 3");

    RestartStrategy other = strategy(0, 3);
    failRepeatedly(other, 3);
    clock.advance(Duration.ofHours(2));
    assertThat(other.onFailure(clock.now())).isEqualTo(RestartDecision.restartAfter(1_000));
  }

  @Test
  void jitterStaysWithinItsFactorAndTheBounds() {
    RestartStrategy strategy = strategy(0.1, Integer.MAX_VALUE);
    long[] delays = failRepeatedly(strategy, 20);
    long[] base = failRepeatedly(strategy(0, Integer.MAX_VALUE), 20);
    boolean anyMoved = false;
    for (int i = 0; i < delays.length; i++) {
      assertThat(delays[i]).isBetween(Math.max(1_000, (long) (base[i] * 0.9) - 1), Math.min(60_000,
          (long) (base[i] * 1.1) + 1));
      anyMoved |= delays[i] != base[i];
    }
    assertThat(anyMoved).isTrue();
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new ExponentialDelayRestartStrategy.Settings(Duration.ofSeconds(2),
        Duration.ofSeconds(1), 1.5, Duration.ofHours(1), 0.1, 1))
        .hasMessageContaining("max-backoff PT1S (at least initial-backoff)");
    assertThatThrownBy(() -> strategy(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
