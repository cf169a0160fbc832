package io.sluice.executor.checkpoint;

import static io.sluice.executor.checkpoint.CheckpointFixtures.AGG_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_0;
import static io.sluice.executor.checkpoint.CheckpointFixtures.SOURCE_1;
import static io.sluice.executor.checkpoint.CheckpointFixtures.TASKS;
import static io.sluice.executor.checkpoint.CheckpointFixtures.aggregate;
import static io.sluice.executor.checkpoint.CheckpointFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.common.config.ExternalizedCheckpointRetention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives a coordinator with random acknowledgements, declines, metadata failures, job failures and savepoints on a
 * manual clock, carrying out its events as the runtime would, and checks the protocol's invariants after every
 * step.
 */
class CheckpointCoordinatorInvariantsTest {
  private static final long INTERVAL = 100;
  private static final long MIN_PAUSE = 30;
  private static final long TIMEOUT = 400;
  private static final int MAX_CONCURRENT = 2;
  private static final int RETAINED = 2;
  private static final int TOLERABLE = 3;
  private static final TaskId[] ALL = {SOURCE_0, SOURCE_1, AGG_0};

  private long now = 0;
  private long lastPeriodicStart = 0;
  private long lastEnd = Long.MIN_VALUE;
  private long lastTriggered = 0;
  private long lastCompleted = 0;
  private final Set<Long> running = new TreeSet<>();
  private final Set<Long> ended = new HashSet<>();
  private final Set<Long> finalizing = new TreeSet<>();
  private final List<Long> retained = new ArrayList<>();
  private int jobFailures;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void invariantsHoldUnderRandomEvents(long seed) {
    Random random = new Random(seed);
    CheckpointSettings settings = new CheckpointSettings(Duration.ofMillis(INTERVAL),
        CheckpointingMode.EXACTLY_ONCE, Duration.ofMillis(TIMEOUT), Duration.ofMillis(MIN_PAUSE), MAX_CONCURRENT,
        TOLERABLE);
    CheckpointCoordinator coordinator = new CheckpointCoordinator(new CheckpointCoordinatorSetup("job", 128, TASKS,
        settings, new CheckpointRetention(RETAINED, ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS), 1),
        now);
    for (int step = 0; step < 3_000; step++) {
      now += random.nextInt(40);
      int action = random.nextInt(100);
      List<CheckpointEvent> events;
      if (action < 40 || running.isEmpty()) {
        events = coordinator.tick(now);
        if (events.stream().noneMatch(e -> e instanceof CheckpointEvent.FailJob)) {
          assertThat(coordinator.nextTickTime()).as("a tick leaves nothing due").isGreaterThan(now);
        }
      } else if (action < 85) {
        long id = pick(running, random);
        TaskId task = ALL[random.nextInt(ALL.length)];
        TaskSnapshot snapshot = task == AGG_0 ? aggregate(id) : source(task.subtask(), id);
        events = coordinator.acknowledge(id, task, snapshot, now);
      } else if (action < 90) {
        events = coordinator.decline(pick(running, random), ALL[random.nextInt(ALL.length)], "no", now);
      } else if (action < 93) {
        events = coordinator.abortAll("job failed", now);
        coordinator.jobRestarted(now);
        lastPeriodicStart = now;
      } else if (action < 95) {
        events = List.of(coordinator.triggerSavepoint(now));
      } else {
        events = List.of();
      }
      carryOut(coordinator, events, random);
      assertThat(coordinator.inProgress()).isEqualTo(running.size());
    }
    assertThat(lastCompleted).as("the run completes checkpoints").isGreaterThan(10);
    assertThat(ended.size() + running.size()).isEqualTo((int) lastTriggered);
    assertThat(jobFailures).as("some runs of failed checkpoints fail the job").isPositive();
  }

  private void carryOut(CheckpointCoordinator coordinator, List<CheckpointEvent> events, Random random) {
    for (int i = 0; i < events.size(); i++) {
      CheckpointEvent event = events.get(i);
      if (event instanceof CheckpointEvent.Trigger t) {
        triggered(t);
      } else if (event instanceof CheckpointEvent.Finalize f) {
        assertThat(running).contains(f.checkpointId());
        assertThat(finalizing.add(f.checkpointId())).as("finalized once").isTrue();
        carryOut(coordinator, random.nextInt(10) == 0
            ? coordinator.finalizeFailed(f.checkpointId(), "disk full", now)
            : coordinator.finalized(f.checkpointId(), now), random);
      } else if (event instanceof CheckpointEvent.Completed c) {
        completed(coordinator, c);
      } else if (event instanceof CheckpointEvent.Aborted a) {
        end(a.checkpointId());
        finalizing.remove(a.checkpointId());
        if (a.reason() == CheckpointFailureReason.SUBSUMED) {
          assertThat(a.checkpointId()).isLessThan(lastCompleted);
        }
      } else if (event instanceof CheckpointEvent.FailJob) {
        assertThat(events.get(i - 1)).as("follows the abort that tipped the count")
            .isInstanceOfSatisfying(CheckpointEvent.Aborted.class,
                a -> assertThat(a.reason().countsAsFailure()).isTrue());
        jobFailures++;
      }
    }
  }

  private void triggered(CheckpointEvent.Trigger t) {
    assertThat(t.checkpointId()).as("ids go up by one").isEqualTo(lastTriggered + 1);
    lastTriggered = t.checkpointId();
    if (t.kind() == CheckpointKind.CHECKPOINT) {
      assertThat(running.size()).as("max concurrent").isLessThan(MAX_CONCURRENT);
      assertThat(now).as("interval").isGreaterThanOrEqualTo(lastPeriodicStart + INTERVAL);
      if (lastEnd != Long.MIN_VALUE) {
        assertThat(now).as("min pause").isGreaterThanOrEqualTo(lastEnd + MIN_PAUSE);
      }
      lastPeriodicStart = now;
    }
    running.add(t.checkpointId());
  }

  private void completed(CheckpointCoordinator coordinator, CheckpointEvent.Completed c) {
    end(c.checkpointId());
    assertThat(finalizing.remove(c.checkpointId())).isTrue();
    assertThat(c.metadata().operators()).hasSize(2);
    if (c.metadata().kind() == CheckpointKind.SAVEPOINT) {
      assertThat(c.subsumed()).isEmpty();
      return;
    }
    assertThat(c.checkpointId()).as("completions in order").isGreaterThan(lastCompleted);
    lastCompleted = c.checkpointId();
    retained.add(c.checkpointId());
    List<Long> expectedSubsumed = new ArrayList<>();
    while (retained.size() > RETAINED) {
      expectedSubsumed.add(retained.remove(0));
    }
    assertThat(c.subsumed()).isEqualTo(expectedSubsumed);
    assertThat(coordinator.latestCompleted().orElseThrow().checkpointId()).isEqualTo(c.checkpointId());
  }

  private void end(long id) {
    assertThat(running.remove(id)).as("checkpoint %d ends once", id).isTrue();
    assertThat(ended.add(id)).isTrue();
    lastEnd = Math.max(lastEnd, now);
  }

  private static long pick(Set<Long> ids, Random random) {
    List<Long> list = new ArrayList<>(ids);
    return list.get(random.nextInt(list.size()));
  }
}
