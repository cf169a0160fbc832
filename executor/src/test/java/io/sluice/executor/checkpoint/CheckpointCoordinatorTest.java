package io.sluice.executor.checkpoint;

import static io.sluice.executor.checkpoint.CheckpointFixtures.AGG_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_1;
import static io.sluice.executor.checkpoint.CheckpointFixtures.TASKS;
import static io.sluice.executor.checkpoint.CheckpointFixtures.acknowledgeAll;
import static io.sluice.executor.checkpoint.CheckpointFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.common.config.ExternalizedCheckpointRetention;
import io.sluice.executor.checkpoint.CheckpointEvent.Aborted;
import io.sluice.executor.checkpoint.CheckpointEvent.Completed;
import io.sluice.executor.checkpoint.CheckpointEvent.FailJob;
import io.sluice.executor.checkpoint.CheckpointEvent.Finalize;
import io.sluice.executor.checkpoint.CheckpointEvent.Trigger;
import io.sluice.executor.runtime.JobStatus;
import io.sluice.executor.testing.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointCoordinatorTest {
  private final ManualClock clock = new ManualClock(10_000);

  private CheckpointCoordinator coordinator(Duration interval, int maxConcurrent, int tolerable, int retained) {
    CheckpointSettings settings = new CheckpointSettings(interval, CheckpointingMode.EXACTLY_ONCE,
        Duration.ofMillis(500), Duration.ZERO, maxConcurrent, tolerable);
    return new CheckpointCoordinator(new CheckpointCoordinatorSetup("job-1", 128, TASKS, settings,
        new CheckpointRetention(retained, ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS), 1),
        clock.now());
  }

  private CheckpointCoordinator coordinator() {
    return coordinator(Duration.ofMillis(100), 1, 0, 1);
  }

  @Test
  void aCheckpointFromTriggerToCompletion() {
    CheckpointCoordinator coordinator = coordinator();
    assertThat(coordinator.tick(clock.advanceMillis(99))).isEmpty();
    assertThat(coordinator.nextTickTime()).isEqualTo(10_100);
    assertThat(coordinator.tick(clock.advanceMillis(1)))
        .containsExactly(new Trigger(1, CheckpointKind.CHECKPOINT, 10_100));
    assertThat(coordinator.nextTickTime()).as("the timeout; no second checkpoint meanwhile").isEqualTo(10_600);

    List<CheckpointEvent> events = new ArrayList<>();
    acknowledgeAll(coordinator, 1, clock.advanceMillis(20), events);
    assertThat(events).singleElement().isInstanceOf(Finalize.class);
    CheckpointMetadata metadata = ((Finalize) events.get(0)).metadata();
    assertThat(metadata.operators()).extracting(OperatorSnapshot::operatorId).containsExactly("agg", "src");
    assertThat(coordinator.latestCompleted()).as("not complete before the metadata is written").isEmpty();
    assertThat(coordinator.inProgress()).isEqualTo(1);

    assertThat(coordinator.finalized(1, clock.advanceMillis(5))).containsExactly(new Completed(metadata, List.of()));
    assertThat(coordinator.latestCompleted()).contains(metadata);
    assertThat(coordinator.inProgress()).isZero();
    assertThat(coordinator.nextTickTime()).isEqualTo(10_200);
  }

  @Test
  void aNewCompletionSubsumesTheRetainedOne() {
    CheckpointCoordinator coordinator = coordinator();
    complete(coordinator, 1);
    assertThat(complete(coordinator, 2).subsumed()).containsExactly(1L);
  }

  @Test
  void expiresAtTheTimeoutAndFailsTheJobPastTheTolerance() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 1, 1, 1);
    coordinator.tick(clock.advanceMillis(100));
    coordinator.acknowledge(1, SOURCE_0, source(0, 1), clock.now());
    assertThat(coordinator.tick(clock.advanceMillis(499))).isEmpty();
    List<CheckpointEvent> events = coordinator.tick(clock.advanceMillis(1));
    assertThat(events.get(0)).isInstanceOfSatisfying(Aborted.class, a -> {
      assertThat(a.checkpointId()).isEqualTo(1);
      assertThat(a.reason()).isEqualTo(CheckpointFailureReason.EXPIRED);
      assertThat(a.message()).contains("expired after 500 ms");
    });
    assertThat(events.get(1)).as("the interval has passed: the next starts at once")
        .isEqualTo(new Trigger(2, CheckpointKind.CHECKPOINT, clock.now()));

    events = coordinator.tick(clock.advanceMillis(500));
    assertThat(events).as("no new checkpoint for a failing job").hasSize(2);
    assertThat(events.get(1)).isInstanceOfSatisfying(FailJob.class,
        f -> assertThat(f.message()).contains("More than 1 checkpoint(s) failed", "tolerable-failed-checkpoints"));
  }

  @Test
  void aDeclineFailsTheCheckpointAtOnce() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 1, 5, 1);
    coordinator.tick(clock.advanceMillis(100));
    List<CheckpointEvent> events = coordinator.decline(1, AGG_0, "disk full", clock.advanceMillis(3));
    assertThat(events).singleElement().isInstanceOfSatisfying(Aborted.class, a -> {
      assertThat(a.reason()).isEqualTo(CheckpointFailureReason.DECLINED);
      assertThat(a.message()).isEqualTo("Checkpoint 1 declined by task 1/0: disk full");
    });
    assertThat(coordinator.decline(1, SOURCE_0, "again", clock.now())).as("already ended").isEmpty();
    assertThat(coordinator.acknowledge(1, SOURCE_1, source(1, 1), clock.now())).as("late ack").isEmpty();
  }

  @Test
  void aMetadataWriteFailureFailsTheCheckpoint() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 1, 0, 1);
    coordinator.tick(clock.advanceMillis(100));
    acknowledgeAll(coordinator, 1, clock.now(), new ArrayList<>());
    List<CheckpointEvent> events = coordinator.finalizeFailed(1, "No space left", clock.now());
    assertThat(events.get(0)).isInstanceOfSatisfying(Aborted.class,
        a -> assertThat(a.reason()).isEqualTo(CheckpointFailureReason.FINALIZE_FAILED));
    assertThat(events.get(1)).isInstanceOf(FailJob.class);
    assertThatThrownBy(() -> coordinator.finalized(1, clock.now())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNewerCompletionAbortsOlderCheckpointsInProgress() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 2, 0, 1);
    coordinator.tick(clock.advanceMillis(100));
    coordinator.tick(clock.advanceMillis(100));
    assertThat(coordinator.inProgress()).isEqualTo(2);
    List<CheckpointEvent> events = new ArrayList<>();
    acknowledgeAll(coordinator, 2, clock.now(), events);
    events = coordinator.finalized(2, clock.now());
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(Completed.class);
    assertThat(events.get(1)).isInstanceOfSatisfying(Aborted.class, a -> {
      assertThat(a.checkpointId()).isEqualTo(1);
      assertThat(a.reason()).isEqualTo(CheckpointFailureReason.SUBSUMED);
    });
  }

  @Test
  void savepointsBypassThePolicyAndAreNotRetained() {
    CheckpointCoordinator coordinator = coordinator(null, 1, 0, 1);
    assertThat(coordinator.nextTickTime()).isEqualTo(Long.MAX_VALUE);
    assertThat(coordinator.tick(clock.advanceMillis(100_000))).as("checkpointing disabled").isEmpty();
    Trigger trigger = coordinator.triggerSavepoint(clock.now());
    assertThat(trigger).isEqualTo(new Trigger(1, CheckpointKind.SAVEPOINT, clock.now()));
    List<CheckpointEvent> events = new ArrayList<>();
    acknowledgeAll(coordinator, 1, clock.advanceMillis(7), events);
    assertThat(((Finalize) events.get(0)).metadata().kind()).isEqualTo(CheckpointKind.SAVEPOINT);
    events = coordinator.finalized(1, clock.now());
    assertThat(((Completed) events.get(0)).subsumed()).isEmpty();
    assertThat(coordinator.latestCompleted()).isEmpty();
  }

  @Test
  void aFailedSavepointNeverFailsTheJob() {
    CheckpointCoordinator coordinator = coordinator(null, 1, 0, 1);
    coordinator.triggerSavepoint(clock.now());
    assertThat(coordinator.tick(clock.advanceMillis(500))).singleElement().isInstanceOf(Aborted.class);
  }

  @Test
  void aJobFailureAbortsWithoutCountingAndTheIntervalRestarts() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 1, 0, 1);
    coordinator.tick(clock.advanceMillis(100));
    List<CheckpointEvent> events = coordinator.abortAll("the job restarts", clock.advanceMillis(10));
    assertThat(events).singleElement().isInstanceOfSatisfying(Aborted.class,
        a -> assertThat(a.reason()).isEqualTo(CheckpointFailureReason.JOB_ABORTED));
    coordinator.jobRestarted(clock.advanceMillis(1_000));
    assertThat(coordinator.nextTickTime()).isEqualTo(clock.now() + 100);
    assertThat(coordinator.tick(clock.advanceMillis(100))).containsExactly(
        new Trigger(2, CheckpointKind.CHECKPOINT, clock.now()));
  }

  @Test
  void checkpointIdsGoOnAfterARestore() {
    CheckpointSettings settings = CheckpointSettings.every(Duration.ofMillis(100));
    CheckpointCoordinator coordinator = new CheckpointCoordinator(new CheckpointCoordinatorSetup("job-2", 128,
        TASKS, settings, new CheckpointRetention(1, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION), 8),
        clock.now());
    assertThat(coordinator.tick(clock.advanceMillis(100))).containsExactly(
        new Trigger(8, CheckpointKind.CHECKPOINT, clock.now()));
  }

  @Test
  void theEndOfTheJobSaysWhatToDelete() {
    CheckpointCoordinator coordinator = coordinator(Duration.ofMillis(100), 1, 0, 2);
    complete(coordinator, 1);
    complete(coordinator, 2);
    assertThat(coordinator.jobTerminated(JobStatus.CANCELED)).containsExactly(1L, 2L);
  }

  private Completed complete(CheckpointCoordinator coordinator, long expectedId) {
    List<CheckpointEvent> events = coordinator.tick(clock.advance(Duration.ofMillis(100)));
    assertThat(events).containsExactly(new Trigger(expectedId, CheckpointKind.CHECKPOINT, clock.now()));
    List<CheckpointEvent> acks = new ArrayList<>();
    acknowledgeAll(coordinator, expectedId, clock.now(), acks);
    assertThat(acks).singleElement().isInstanceOf(Finalize.class);
    return (Completed) coordinator.finalized(expectedId, clock.now()).get(0);
  }
}
