package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckpointSettingsTest {
  @Test
  void disabledUntilAnIntervalIsSet() {
    Configuration conf = new Configuration();
    assertThat(CheckpointSettings.fromConfig(conf).enabled()).isFalse();
    conf.set(CheckpointingOptions.INTERVAL, "200 ms");
    conf.set(CheckpointingOptions.MODE, "AT_LEAST_ONCE");
    conf.set(CheckpointingOptions.MAX_CONCURRENT, "2");
    conf.set(CheckpointingOptions.TOLERABLE_FAILED, "3");
    conf.set(CheckpointingOptions.MIN_PAUSE, "50 ms");
    conf.set(CheckpointingOptions.TIMEOUT, "1 min");
    assertThat(CheckpointSettings.fromConfig(conf)).isEqualTo(new CheckpointSettings(Duration.ofMillis(200),
        CheckpointingMode.AT_LEAST_ONCE, Duration.ofMinutes(1), Duration.ofMillis(50), 2, 3));
    assertThat(CheckpointSettings.fromConfig(conf).enabled()).isTrue();
  }
}
