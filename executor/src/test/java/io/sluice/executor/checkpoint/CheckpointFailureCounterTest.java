package io.sluice.executor.checkpoint;

import static io.sluice.executor.checkpoint.CheckpointFailureReason.DECLINED;
import static io.sluice.executor.checkpoint.CheckpointFailureReason.EXPIRED;
import static io.sluice.executor.checkpoint.CheckpointFailureReason.FINALIZE_FAILED;
import static io.sluice.executor.checkpoint.CheckpointFailureReason.JOB_ABORTED;
import static io.sluice.executor.checkpoint.CheckpointFailureReason.SUBSUMED;
import static io.sluice.executor.checkpoint.CheckpointKind.CHECKPOINT;
import static io.sluice.executor.checkpoint.CheckpointKind.SAVEPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckpointFailureCounterTest {
  @Test
  void zeroToleratedFailsAtTheFirstFailure() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(0);
    assertThat(counter.failed(1, CHECKPOINT, EXPIRED)).isTrue();
  }

  @Test
  void failsWhenOneMoreThanToleratedFailedInARow() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(2);
    assertThat(counter.failed(1, CHECKPOINT, EXPIRED)).isFalse();
    assertThat(counter.failed(2, CHECKPOINT, DECLINED)).isFalse();
    assertThat(counter.consecutiveFailures()).isEqualTo(2);
    assertThat(counter.failed(3, CHECKPOINT, FINALIZE_FAILED)).isTrue();
    assertThat(counter.consecutiveFailures()).as("starts again for the restarted job").isZero();
  }

  @Test
  void aCompletedCheckpointResetsTheCount() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(1);
    assertThat(counter.failed(1, CHECKPOINT, EXPIRED)).isFalse();
    counter.completed(2);
    assertThat(counter.consecutiveFailures()).isZero();
    assertThat(counter.failed(3, CHECKPOINT, EXPIRED)).isFalse();
    assertThat(counter.failed(4, CHECKPOINT, EXPIRED)).isTrue();
  }

  @Test
  void failuresThatAreNotTheCheckpointsFaultDoNotCount() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(0);
    assertThat(counter.failed(1, CHECKPOINT, SUBSUMED)).isFalse();
    assertThat(counter.failed(2, CHECKPOINT, JOB_ABORTED)).isFalse();
    assertThat(counter.failed(3, SAVEPOINT, EXPIRED)).as("savepoints never count").isFalse();
    assertThat(counter.consecutiveFailures()).isZero();
  }

  @Test
  void aFailureOlderThanTheLastCompletedCheckpointIsIgnored() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(0);
    counter.completed(5);
    assertThat(counter.failed(4, CHECKPOINT, EXPIRED)).isFalse();
    assertThat(counter.failed(6, CHECKPOINT, EXPIRED)).isTrue();
  }

  @Test
  void eachCheckpointCountsOnce() {
    CheckpointFailureCounter counter = new CheckpointFailureCounter(1);
    assertThat(counter.failed(1, CHECKPOINT, EXPIRED)).isFalse();
    assertThat(counter.failed(1, CHECKPOINT, DECLINED)).isFalse();
    assertThat(counter.consecutiveFailures()).isEqualTo(1);
  }
}
