package io.sluice.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The checkpoint, restart and state-backend keys: Flink's names, defaults, aliases and value spellings. */
class CheckpointingOptionsTest {
  private final Configuration conf = new Configuration();

  @Test
  void flinkDefaults() {
    assertThat(conf.get(CheckpointingOptions.INTERVAL)).isNull();
    assertThat(conf.get(CheckpointingOptions.MODE)).isEqualTo(CheckpointingMode.EXACTLY_ONCE);
    assertThat(conf.get(CheckpointingOptions.TIMEOUT)).isEqualTo(Duration.ofMinutes(10));
    assertThat(conf.get(CheckpointingOptions.MIN_PAUSE)).isEqualTo(Duration.ZERO);
    assertThat(conf.get(CheckpointingOptions.MAX_CONCURRENT)).isEqualTo(1);
    assertThat(conf.get(CheckpointingOptions.TOLERABLE_FAILED)).isZero();
    assertThat(conf.get(CheckpointingOptions.EXTERNALIZED_RETENTION))
        .isEqualTo(ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS);
    assertThat(conf.get(CheckpointingOptions.NUM_RETAINED)).isEqualTo(1);
    assertThat(conf.get(CheckpointingOptions.INCREMENTAL)).isFalse();
    assertThat(conf.get(CheckpointingOptions.STORAGE)).isNull();
    assertThat(conf.get(CheckpointingOptions.IGNORE_UNCLAIMED_STATE)).isFalse();
    assertThat(conf.get(RestartStrategyOptions.TYPE)).isNull();
    assertThat(conf.get(RestartStrategyOptions.FIXED_DELAY_ATTEMPTS)).isEqualTo(1);
    assertThat(conf.get(RestartStrategyOptions.FIXED_DELAY_DELAY)).isEqualTo(Duration.ofSeconds(1));
    assertThat(conf.get(RestartStrategyOptions.FAILURE_RATE_MAX_FAILURES)).isEqualTo(1);
    assertThat(conf.get(RestartStrategyOptions.FAILURE_RATE_INTERVAL)).isEqualTo(Duration.ofMinutes(1));
    assertThat(conf.get(RestartStrategyOptions.FAILURE_RATE_DELAY)).isEqualTo(Duration.ofSeconds(1));
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_INITIAL_BACKOFF)).isEqualTo(Duration.ofSeconds(1));
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_MAX_BACKOFF)).isEqualTo(Duration.ofMinutes(1));
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_BACKOFF_MULTIPLIER)).isEqualTo(1.5);
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_RESET_THRESHOLD)).isEqualTo(Duration.ofHours(1));
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_JITTER)).isEqualTo(0.1);
    assertThat(conf.get(RestartStrategyOptions.EXPONENTIAL_ATTEMPTS)).isEqualTo(Integer.MAX_VALUE);
    assertThat(conf.get(StateBackendOptions.TYPE)).isEqualTo(StateBackendType.HASHMAP);
  }

  @Test
  void olderNamesFindTheCurrentOption() {
    assertThat(SluiceOptions.find("state.checkpoints.dir")).contains(CheckpointingOptions.DIRECTORY);
    assertThat(SluiceOptions.find("state.checkpoints.num-retained")).contains(CheckpointingOptions.NUM_RETAINED);
    assertThat(SluiceOptions.find("state.savepoints.dir")).contains(CheckpointingOptions.SAVEPOINT_DIRECTORY);
    assertThat(SluiceOptions.find("execution.savepoint.path")).contains(CheckpointingOptions.STATE_RECOVERY_PATH);
    assertThat(SluiceOptions.find("execution.savepoint.ignore-unclaimed-state"))
        .contains(CheckpointingOptions.IGNORE_UNCLAIMED_STATE);
    assertThat(SluiceOptions.find("state.backend.incremental")).contains(CheckpointingOptions.INCREMENTAL);
    assertThat(SluiceOptions.find("state.checkpoint-storage")).contains(CheckpointingOptions.STORAGE);
    assertThat(SluiceOptions.find("restart-strategy")).contains(RestartStrategyOptions.TYPE);
    assertThat(SluiceOptions.find("state.backend")).contains(StateBackendOptions.TYPE);
    assertThat(SluiceOptions.find("execution.checkpointing.interval")).contains(CheckpointingOptions.INTERVAL);
  }

  @Test
  void everyKeyIsListedOnce() {
    assertThat(SluiceOptions.ALL).doesNotHaveDuplicates();
    assertThat(SluiceOptions.ALL.stream().map(ConfigOption::key)).doesNotHaveDuplicates();
    assertThat(SluiceOptions.ALL).contains(CheckpointingOptions.INTERVAL, RestartStrategyOptions.EXPONENTIAL_ATTEMPTS,
        StateBackendOptions.ROCKSDB_LOCAL_DIR);
  }

  @Test
  void restartStrategyTypesInEveryFlinkSpelling() {
    for (String none : new String[] {"none", "off", "disable", "NONE"}) {
      conf.set(RestartStrategyOptions.TYPE, none);
      assertThat(conf.get(RestartStrategyOptions.TYPE)).isEqualTo(RestartStrategyType.NONE);
    }
    conf.set(RestartStrategyOptions.TYPE, "fixeddelay");
    assertThat(conf.get(RestartStrategyOptions.TYPE)).isEqualTo(RestartStrategyType.FIXED_DELAY);
    conf.set(RestartStrategyOptions.TYPE, "failurerate");
    assertThat(conf.get(RestartStrategyOptions.TYPE)).isEqualTo(RestartStrategyType.FAILURE_RATE);
    conf.set(RestartStrategyOptions.TYPE, "exponential-delay");
    assertThat(conf.get(RestartStrategyOptions.TYPE)).isEqualTo(RestartStrategyType.EXPONENTIAL_DELAY);
    assertThatThrownBy(() -> conf.set(RestartStrategyOptions.TYPE, "sometimes"))
        .hasMessageContaining("none|fixed-delay|failure-rate|exponential-delay");
  }

  @Test
  void valuesAreChecked() {
    assertThatThrownBy(() -> conf.set(CheckpointingOptions.INTERVAL, "5 ms")).hasMessageContaining("at least 10 ms");
    conf.set(CheckpointingOptions.INTERVAL, "100 ms");
    assertThat(conf.get(CheckpointingOptions.INTERVAL)).isEqualTo(Duration.ofMillis(100));
    assertThatThrownBy(() -> conf.set(CheckpointingOptions.TOLERABLE_FAILED, "-1")).hasMessageContaining("negative");
    assertThatThrownBy(() -> conf.set(RestartStrategyOptions.EXPONENTIAL_BACKOFF_MULTIPLIER, "1.0"))
        .hasMessageContaining("> 1");
    assertThatThrownBy(() -> conf.set(RestartStrategyOptions.EXPONENTIAL_JITTER, "1.5"))
        .hasMessageContaining("0 to 1");
    assertThatThrownBy(() -> conf.set(RestartStrategyOptions.EXPONENTIAL_JITTER, "lots"))
        .hasMessageContaining("not a number");
    conf.set(CheckpointingOptions.MODE, "at_least_once");
    assertThat(conf.get(CheckpointingOptions.MODE)).isEqualTo(CheckpointingMode.AT_LEAST_ONCE);
    conf.set(CheckpointingOptions.STORAGE, "FileSystem");
    assertThat(conf.get(CheckpointingOptions.STORAGE)).isEqualTo(CheckpointStorageType.FILESYSTEM);
    conf.set(StateBackendOptions.TYPE, "rocksdb");
    assertThat(conf.get(StateBackendOptions.TYPE)).isEqualTo(StateBackendType.ROCKSDB);
    assertThat(StateBackendOptions.TYPE.defaultText()).isEqualTo("hashmap");
  }
}
