package io.sluice.executor.checkpoint;

import static io.sluice.common.config.ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION;
import static io.sluice.common.config.ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS;
import static io.sluice.common.config.ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION;
import static io.sluice.executor.checkpoint.CheckpointFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.ExternalizedCheckpointRetention;
import io.sluice.executor.runtime.JobStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CheckpointRetentionTest {
  @Test
  void keepsOnlyTheNewestByDefault() {
    CheckpointRetention retention = new CheckpointRetention(1, NO_EXTERNALIZED_CHECKPOINTS);
    assertThat(retention.add(metadata(1))).isEmpty();
    assertThat(retention.add(metadata(2))).containsExactly(1L);
    assertThat(retention.add(metadata(5))).containsExactly(2L);
    assertThat(retention.latest().orElseThrow().checkpointId()).isEqualTo(5);
  }

  @Test
  void keepsNumRetainedNewestFirst() {
    CheckpointRetention retention = new CheckpointRetention(3, NO_EXTERNALIZED_CHECKPOINTS);
    for (long id = 1; id <= 3; id++) {
      assertThat(retention.add(metadata(id))).isEmpty();
    }
    assertThat(retention.add(metadata(4))).containsExactly(1L);
    assertThat(retention.newestFirst()).extracting(CheckpointMetadata::checkpointId).containsExactly(4L, 3L, 2L);
  }

  @Test
  void refusesSavepointsAndOlderIds() {
    CheckpointRetention retention = new CheckpointRetention(2, NO_EXTERNALIZED_CHECKPOINTS);
    retention.add(metadata(4));
    assertThatThrownBy(() -> retention.add(metadata(4))).hasMessageContaining("not newer");
    CheckpointMetadata savepoint = new CheckpointMetadata(5, "job", CheckpointKind.SAVEPOINT, 1, 2, 128, List.of());
    assertThatThrownBy(() -> retention.add(savepoint)).hasMessageContaining("Savepoints");
    assertThatThrownBy(() -> new CheckpointRetention(0, NO_EXTERNALIZED_CHECKPOINTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Flink's table: deleted when the job ends as ... */
  @ParameterizedTest
  @CsvSource({
      "NO_EXTERNALIZED_CHECKPOINTS, FINISHED, true",
      "NO_EXTERNALIZED_CHECKPOINTS, CANCELED, true",
      "NO_EXTERNALIZED_CHECKPOINTS, FAILED,   true",
      "DELETE_ON_CANCELLATION,      FINISHED, true",
      "DELETE_ON_CANCELLATION,      CANCELED, true",
      "DELETE_ON_CANCELLATION,      FAILED,   false",
      "RETAIN_ON_CANCELLATION,      FINISHED, true",
      "RETAIN_ON_CANCELLATION,      CANCELED, false",
      "RETAIN_ON_CANCELLATION,      FAILED,   false"})
  void whatIsLeftWhenTheJobEnds(ExternalizedCheckpointRetention mode, JobStatus status, boolean deleted) {
    CheckpointRetention retention = new CheckpointRetention(2, mode);
    retention.add(metadata(1));
    retention.add(metadata(2));
    List<Long> toDelete = retention.jobTerminated(status);
    if (deleted) {
      assertThat(toDelete).containsExactly(1L, 2L);
      assertThat(retention.latest()).isEmpty();
    } else {
      assertThat(toDelete).isEmpty();
      assertThat(retention.newestFirst()).hasSize(2);
    }
  }

  @Test
  void aRunningJobHasNotEnded() {
    CheckpointRetention retention = new CheckpointRetention(1, RETAIN_ON_CANCELLATION);
    assertThatThrownBy(() -> retention.jobTerminated(JobStatus.RUNNING)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CheckpointRetention(1, DELETE_ON_CANCELLATION).jobTerminated(JobStatus.CANCELED)).isEmpty();
  }
}
