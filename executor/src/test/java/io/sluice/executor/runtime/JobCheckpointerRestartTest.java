package io.sluice.executor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.common.config.ExternalizedCheckpointRetention;
import io.sluice.executor.checkpoint.CheckpointCoordinator;
import io.sluice.executor.checkpoint.CheckpointCoordinatorSetup;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.CheckpointRetention;
import io.sluice.executor.checkpoint.CheckpointSettings;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.CheckpointStorage;
import io.sluice.executor.checkpoint.storage.MemoryCheckpointStorage;
import io.sluice.executor.checkpoint.storage.StateOutput;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint a restarted attempt starts from, chosen while a checkpoint of the failed attempt is still
 * completing. Every task acknowledged checkpoint 2 just before one failed, and the checkpoint thread, slow as on a
 * loaded machine, is still writing its metadata when the job restarts; completing it deletes checkpoint 1 (one is
 * retained). Chosen meanwhile from the restarting thread, the restart found checkpoint 2 incomplete and either
 * checkpoint 1 already deleted ("No checkpoint left to restore from") or checkpoint 1 about to be, its state then
 * missing when the new tasks read it (a restore failure, one restart more than the failures).
 */
class JobCheckpointerRestartTest {
  private static final TaskId TASK = new TaskId(0, 0);
  private static final TaskSnapshot NO_STATE = new TaskSnapshot(Map.of());

  private final SlowMetadataStorage storage = new SlowMetadataStorage(new MemoryCheckpointStorage("job", null), 2);
  /** What the checkpointer failed the job with. */
  private final List<String> jobFailures = new CopyOnWriteArrayList<>();
  private final JobCheckpointer checkpointer = checkpointer(storage, jobFailures);

  @AfterEach
  void stop() throws InterruptedException {
    checkpointer.stop(JobStatus.CANCELED);
    checkpointer.join();
  }

  @Test
  void aRestartStartsFromTheCheckpointTheFailedAttemptCompletedLast() throws IOException {
    checkpointer.start();
    checkpointer.resume(false);
    acknowledgeWhenTriggered(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> checkpointer.latestCompleted().isPresent());

    acknowledgeWhenTriggered(2);
    checkpointer.suspend("a task failed");
    checkpointer.prepareRestart(Set.of(), null);

    CheckpointLocation restored = checkpointer.restore().location();
    assertThat(restored.pointer()).isEqualTo("jobmanager:job/chk-2");
    assertThat(restored.readMetadata().checkpointId()).isEqualTo(2);
    assertThat(storage.checkpointsNewestFirst()).extracting(CheckpointLocation::pointer)
        .containsExactly("jobmanager:job/chk-2");
    assertThat(jobFailures).isEmpty();
  }

  @Test
  void withNothingLeftTheRestartSaysWhatTheStorageHolds() {
    checkpointer.start();
    checkpointer.resume(false);
    acknowledgeWhenTriggered(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> checkpointer.latestCompleted().isPresent());
    checkpointer.suspend("a task failed");

    assertThatThrownBy(() -> checkpointer.prepareRestart(Set.of("jobmanager:job/chk-1"), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No checkpoint left to restore from: the latest completed checkpoint is jobmanager:job/chk-1,"
            + " the storage holds [jobmanager:job/chk-1]; the state of jobmanager:job/chk-1 cannot be restored");
  }

  @Test
  void aRestartAfterTheJobEndedFailsInsteadOfWaiting() throws InterruptedException {
    checkpointer.start();
    checkpointer.stop(JobStatus.CANCELED);
    checkpointer.join();

    assertThatThrownBy(() -> checkpointer.prepareRestart(Set.of(), null))
        .isInstanceOf(IllegalStateException.class).hasMessage("The job has ended");
  }

  private void acknowledgeWhenTriggered(long checkpointId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> checkpointer.location(checkpointId) != null);
    checkpointer.acknowledge(checkpointId, TASK, NO_STATE);
  }

  /** One task, a checkpoint every 10 ms, one retained. */
  private static JobCheckpointer checkpointer(CheckpointStorage storage, List<String> jobFailures) {
    CheckpointSettings settings = CheckpointSettings.every(Duration.ofMillis(10));
    CheckpointCoordinatorSetup setup = new CheckpointCoordinatorSetup("job", 128, Set.of(TASK), settings,
        new CheckpointRetention(1, ExternalizedCheckpointRetention.NO_EXTERNALIZED_CHECKPOINTS), 1);
    JobCheckpointer.Callbacks job = new JobCheckpointer.Callbacks() {
      @Override
      public void fail(String message) {
        jobFailures.add(message);
      }

      @Override
      public void stopped() {}
    };
    return new JobCheckpointer(new CheckpointCoordinator(setup, System.currentTimeMillis()), storage,
        CheckpointingMode.EXACTLY_ONCE, true, 1, "job", job);
  }

  /** Storage whose one checkpoint takes a while to write its metadata, as a busy checkpoint thread would. */
  private record SlowMetadataStorage(CheckpointStorage storage, long slowCheckpointId) implements CheckpointStorage {
    @Override
    public CheckpointLocation createCheckpoint(long checkpointId) throws IOException {
      CheckpointLocation location = storage.createCheckpoint(checkpointId);
      return checkpointId == slowCheckpointId ? new SlowMetadata(location) : location;
    }

    @Override
    public CheckpointLocation checkpoint(long checkpointId) {
      return storage.checkpoint(checkpointId);
    }

    @Override
    public List<CheckpointLocation> checkpointsNewestFirst() throws IOException {
      return storage.checkpointsNewestFirst();
    }

    @Override
    public CheckpointLocation createSavepoint(String directory) throws IOException {
      return storage.createSavepoint(directory);
    }
  }

  private record SlowMetadata(CheckpointLocation location) implements CheckpointLocation {
    @Override
    public void writeMetadata(CheckpointMetadata metadata) throws IOException {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      location.writeMetadata(metadata);
    }

    @Override
    public String pointer() {
      return location.pointer();
    }

    @Override
    public StateOutput createState(String name) throws IOException {
      return location.createState(name);
    }

    @Override
    public InputStream openState(StateHandle handle) throws IOException {
      return location.openState(handle);
    }

    @Override
    public CheckpointMetadata readMetadata() throws IOException {
      return location.readMetadata();
    }

    @Override
    public void discard() throws IOException {
      location.discard();
    }
  }
}
