package io.sluice.executor.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.checkpoint.CheckpointStats.Status;
import org.junit.jupiter.api.Test;

class CheckpointHistoryTest {
  @Test
  void tracksACheckpointFromStartToEnd() {
    CheckpointHistory history = new CheckpointHistory(10);
    history.started(1, CheckpointKind.CHECKPOINT, 1000, 3);
    history.located(1, "/cp/chk-1");
    history.acknowledged(1, 2);

    CheckpointStats running = history.newestFirst().get(0);
    assertThat(running.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(running.acknowledged()).isEqualTo(2);
    assertThat(running.pointer()).isEqualTo("/cp/chk-1");
    assertThat(running.durationMillis(1250)).isEqualTo(250);

    history.completed(1, 1100, 4096);
    CheckpointStats done = history.newestFirst().get(0);
    assertThat(done.status()).isEqualTo(Status.COMPLETED);
    assertThat(done.acknowledged()).isEqualTo(3);
    assertThat(done.stateSize()).isEqualTo(4096);
    assertThat(done.durationMillis(99_999)).isEqualTo(100);
    assertThat(history.latestCompleted()).contains(done);
  }

  @Test
  void keepsEveryCheckpointInProgressAndTheNewestThatEndedAndAlwaysTheLatestCompleted() {
    CheckpointHistory history = new CheckpointHistory(3);
    history.started(1, CheckpointKind.CHECKPOINT, 0, 1);
    history.completed(1, 5, 10);
    for (long id = 2; id <= 6; id++) {
      history.started(id, CheckpointKind.CHECKPOINT, id * 10, 1);
      history.failed(id, id * 10 + 1, "declined " + id);
    }
    history.started(7, CheckpointKind.SAVEPOINT, 70, 1);
    history.started(8, CheckpointKind.CHECKPOINT, 80, 1);

    assertThat(history.newestFirst()).extracting(CheckpointStats::checkpointId).containsExactly(8L, 7L, 6L, 5L, 4L,
        1L);
    assertThat(history.newestFirst().get(2).failureMessage()).isEqualTo("declined 6");
    assertThat(history.latestCompleted()).map(CheckpointStats::checkpointId).contains(1L);
  }

  @Test
  void aCompletedSavepointIsNotTheLatestCheckpoint() {
    CheckpointHistory history = new CheckpointHistory(10);
    history.started(1, CheckpointKind.SAVEPOINT, 0, 1);
    history.completed(1, 5, 10);

    assertThat(history.latestCompleted()).isEmpty();
    assertThat(history.newestFirst()).singleElement().extracting(CheckpointStats::kind)
        .isEqualTo(CheckpointKind.SAVEPOINT);
  }
}
