package io.sluice.executor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.RestartStrategyOptions;
import io.sluice.common.config.RestartStrategyType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RestartStrategiesTest {
  private final Configuration conf = new Configuration();

  @Test
  void withoutCheckpointingNoRestart() {
    assertThat(RestartStrategies.effectiveType(conf)).isEqualTo(RestartStrategyType.NONE);
    RestartDecision decision = RestartStrategies.fromConfig(conf).onFailure(0);
    assertThat(decision.restart()).isFalse();
    assertThat(decision.reason()).contains("restart-strategy.type is none");
  }

  @Test
  void withCheckpointingExponentialDelayWithoutLimit() {
    conf.set(CheckpointingOptions.INTERVAL, "1 s");
    assertThat(RestartStrategies.effectiveType(conf)).isEqualTo(RestartStrategyType.EXPONENTIAL_DELAY);
    RestartStrategy strategy = RestartStrategies.fromConfig(conf, new Random(1));
    assertThat(strategy).isInstanceOf(ExponentialDelayRestartStrategy.class);
    long time = 0;
    for (int i = 0; i < 1_000; i++) {
      RestartDecision decision = strategy.onFailure(time);
      assertThat(decision.restart()).isTrue();
      assertThat(decision.delayMillis()).isBetween(900L, 60_000L);
      time += decision.delayMillis() + 1;
    }
  }

  @Test
  void anExplicitTypeWinsAndReadsItsKeys() {
    conf.set(CheckpointingOptions.INTERVAL, "1 s");
    conf.set(RestartStrategyOptions.TYPE, "none");
    assertThat(RestartStrategies.fromConfig(conf)).isInstanceOf(NoRestartStrategy.class);

    conf.reset(CheckpointingOptions.INTERVAL);
    conf.set(RestartStrategyOptions.TYPE, "fixeddelay");
    conf.set(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS, "2");
    conf.set(RestartStrategyOptions.FIXED_DELAY_DELAY, "250 ms");
    RestartStrategy fixed = RestartStrategies.fromConfig(conf);
    assertThat(fixed.onFailure(0)).isEqualTo(RestartDecision.restartAfter(250));
    assertThat(fixed.onFailure(1)).isEqualTo(RestartDecision.restartAfter(250));
    assertThat(fixed.onFailure(2).restart()).isFalse();

    conf.set(RestartStrategyOptions.TYPE, "failure-rate");
    conf.set(RestartStrategyOptions.FAILURE_RATE_DELAY, "5 s");
    assertThat(RestartStrategies.fromConfig(conf)).isInstanceOf(FailureRateRestartStrategy.class);
    assertThat(RestartStrategies.fromConfig(conf).onFailure(0)).isEqualTo(RestartDecision.restartAfter(5_000));

    conf.set(RestartStrategyOptions.TYPE, "exponential-delay");
    conf.set(RestartStrategyOptions.EXPONENTIAL_JITTER, "0");
    conf.set(RestartStrategyOptions.EXPONENTIAL_INITIAL_BACKOFF, "200 ms");
    conf.set(RestartStrategyOptions.EXPONENTIAL_BACKOFF_MULTIPLIER, "2");
    RestartStrategy exponential = RestartStrategies.fromConfig(conf);
    assertThat(exponential.onFailure(0).delayMillis()).isEqualTo(200);
    assertThat(exponential.onFailure(1_000).delayMillis()).isEqualTo(400);
  }
}
