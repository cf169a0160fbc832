package io.sluice.executor.checkpoint;

import static io.sluice.executor.checkpoint.CheckpointFixtures.AGG_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_1;
import static io.sluice.executor.checkpoint.CheckpointFixtures.TASKS;
import static io.sluice.executor.checkpoint.CheckpointFixtures.aggregate;
import static io.sluice.executor.checkpoint.CheckpointFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.executor.checkpoint.PendingCheckpoint.AckResult;
import io.sluice.executor.checkpoint.PendingCheckpoint.Status;
import org.junit.jupiter.api.Test;

class PendingCheckpointTest {
  private final PendingCheckpoint checkpoint =
      new PendingCheckpoint(3, CheckpointKind.CHECKPOINT, 1_000, 1_500, TASKS);

  @Test
  void completeWhenEveryTaskAcknowledged() {
    assertThat(checkpoint.acknowledge(SOURCE_0, source(0, 10))).isEqualTo(AckResult.ACCEPTED);
    assertThat(checkpoint.acknowledge(AGG_0, aggregate(3))).isEqualTo(AckResult.ACCEPTED);
    assertThat(checkpoint.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(checkpoint.notYetAcknowledged()).containsExactly(SOURCE_1);
    assertThat(checkpoint.acknowledge(SOURCE_1, source(1, 11))).isEqualTo(AckResult.ACCEPTED);
    assertThat(checkpoint.status()).isEqualTo(Status.ACKNOWLEDGED);
    assertThat(checkpoint.notYetAcknowledged()).isEmpty();
  }

  @Test
  void metadataGroupsTheTasksSnapshotsByOperator() {
    checkpoint.acknowledge(SOURCE_1, source(1, 11));
    checkpoint.acknowledge(SOURCE_0, source(0, 10));
    checkpoint.acknowledge(AGG_0, aggregate(3));
    CheckpointMetadata metadata = checkpoint.toMetadata("job-1", 128, 1_200);
    assertThat(metadata.checkpointId()).isEqualTo(3);
    assertThat(metadata.jobId()).isEqualTo("job-1");
    assertThat(metadata.triggerTimestamp()).isEqualTo(1_000);
    assertThat(metadata.completionTimestamp()).isEqualTo(1_200);
    assertThat(metadata.durationMillis()).isEqualTo(200);
    assertThat(metadata.operators()).extracting(OperatorSnapshot::operatorId).containsExactly("agg", "src");
    OperatorSnapshot src = metadata.operator("src").orElseThrow();
    assertThat(src.parallelism()).isEqualTo(2);
    assertThat(src.subtasks()).extracting(SubtaskSnapshot::subtask).containsExactly(0, 1);
    assertThat(metadata.stateSize()).isEqualTo(103);
  }

  @Test
  void duplicateAndUnknownAcknowledgementsAreIgnored() {
    assertThat(checkpoint.acknowledge(SOURCE_0, source(0, 10))).isEqualTo(AckResult.ACCEPTED);
    assertThat(checkpoint.acknowledge(SOURCE_0, source(0, 10))).isEqualTo(AckResult.DUPLICATE);
    assertThat(checkpoint.acknowledge(new TaskId(7, 0), source(0, 1))).isEqualTo(AckResult.UNKNOWN_TASK);
    assertThat(checkpoint.notYetAcknowledged()).containsExactlyInAnyOrder(SOURCE_1, AGG_0);
  }

  @Test
  void expiresAtTheDeadlineOnly() {
    assertThat(checkpoint.expireIfDue(1_499)).isFalse();
    assertThat(checkpoint.expireIfDue(1_500)).isTrue();
    assertThat(checkpoint.status()).isEqualTo(Status.FAILED);
    assertThat(checkpoint.failureReason()).isEqualTo(CheckpointFailureReason.EXPIRED);
    assertThat(checkpoint.failureMessage()).contains("Checkpoint 3 expired after 500 ms", "3 task(s)");
    assertThat(checkpoint.expireIfDue(2_000)).as("expires once").isFalse();
    assertThat(checkpoint.acknowledge(SOURCE_0, source(0, 1))).isEqualTo(AckResult.NOT_IN_PROGRESS);
  }

  @Test
  void anAcknowledgedCheckpointDoesNotExpire() {
    checkpoint.acknowledge(SOURCE_0, source(0, 10));
    checkpoint.acknowledge(SOURCE_1, source(1, 11));
    checkpoint.acknowledge(AGG_0, aggregate(3));
    assertThat(checkpoint.expireIfDue(9_999)).isFalse();
    assertThat(checkpoint.status()).isEqualTo(Status.ACKNOWLEDGED);
  }

  @Test
  void failingKeepsTheFirstReason() {
    assertThat(checkpoint.fail(CheckpointFailureReason.DECLINED, "disk full")).isTrue();
    assertThat(checkpoint.fail(CheckpointFailureReason.JOB_ABORTED, "job failed")).isFalse();
    assertThat(checkpoint.failureReason()).isEqualTo(CheckpointFailureReason.DECLINED);
    assertThat(checkpoint.failureMessage()).isEqualTo("disk full");
    assertThatThrownBy(() -> checkpoint.toMetadata("job", 128, 2_000)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void metadataOnlyWhenAcknowledgedByAll() {
    checkpoint.acknowledge(SOURCE_0, source(0, 10));
    assertThatThrownBy(() -> checkpoint.toMetadata("job", 128, 2_000))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("IN_PROGRESS");
  }
}
