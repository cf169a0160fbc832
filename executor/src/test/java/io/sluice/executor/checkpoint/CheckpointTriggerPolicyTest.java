package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckpointTriggerPolicyTest {
  private final ManualClock clock = new ManualClock(1_000);

  private CheckpointTriggerPolicy policy(long intervalMs, long minPauseMs, int maxConcurrent) {
    return new CheckpointTriggerPolicy(Duration.ofMillis(intervalMs), Duration.ofMillis(minPauseMs), maxConcurrent,
        clock.now());
  }

  @Test
  void firstCheckpointIsDueOneIntervalAfterTheStart() {
    CheckpointTriggerPolicy policy = policy(100, 0, 1);
    assertThat(policy.nextStartTime(0)).isEqualTo(1_100);
    assertThat(policy.isDue(clock.advanceMillis(99), 0)).isFalse();
    assertThat(policy.isDue(clock.advanceMillis(1), 0)).isTrue();
  }

  @Test
  void quickCheckpointsStartAtAFixedRate() {
    CheckpointTriggerPolicy policy = policy(100, 0, 1);
    policy.started(clock.advanceMillis(100));
    policy.ended(clock.advanceMillis(30));
    assertThat(policy.nextStartTime(0)).isEqualTo(1_200);
  }

  @Test
  void maxConcurrentHoldsBackUntilOneEnds() {
    CheckpointTriggerPolicy policy = policy(100, 0, 1);
    policy.started(clock.advanceMillis(100));
    assertThat(policy.nextStartTime(1)).isEqualTo(Long.MAX_VALUE);
    assertThat(policy.isDue(clock.advanceMillis(500), 1)).isFalse();
    policy.ended(clock.now());
    assertThat(policy.isDue(clock.now(), 0)).as("a held-back start happens as soon as allowed").isTrue();
  }

  @Test
  void twoConcurrentCheckpointsAllowed() {
    CheckpointTriggerPolicy policy = policy(100, 0, 2);
    policy.started(clock.advanceMillis(100));
    assertThat(policy.isDue(clock.advanceMillis(100), 1)).isTrue();
    policy.started(clock.now());
    assertThat(policy.isDue(clock.advanceMillis(100), 2)).isFalse();
  }

  @Test
  void minPauseRunsFromTheEndOfTheLastCheckpoint() {
    CheckpointTriggerPolicy policy = policy(100, 80, 1);
    policy.started(clock.advanceMillis(100)); // 1100
    policy.ended(clock.advanceMillis(90)); // 1190: the interval alone would allow 1200
    assertThat(policy.nextStartTime(0)).isEqualTo(1_270);
    assertThat(policy.isDue(clock.advanceMillis(79), 0)).isFalse();
    assertThat(policy.isDue(clock.advanceMillis(1), 0)).isTrue();
  }

  @Test
  void minPauseAlsoAfterAFailedCheckpoint() {
    CheckpointTriggerPolicy policy = policy(50, 200, 1);
    policy.started(clock.advanceMillis(50));
    policy.ended(clock.advanceMillis(10)); // failed or completed: the policy does not care
    assertThat(policy.nextStartTime(0)).isEqualTo(1_260);
  }

  @Test
  void anEarlierEndDoesNotMoveThePauseBack() {
    CheckpointTriggerPolicy policy = policy(100, 50, 2);
    policy.ended(1_500);
    policy.ended(1_400);
    assertThat(policy.nextStartTime(0)).isEqualTo(1_550);
  }

  @Test
  void afterARestartTheIntervalCountsFromTheRestart() {
    CheckpointTriggerPolicy policy = policy(100, 0, 1);
    policy.jobRestarted(clock.advanceMillis(1_000));
    assertThat(policy.nextStartTime(0)).isEqualTo(2_100);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> policy(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy(10, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
