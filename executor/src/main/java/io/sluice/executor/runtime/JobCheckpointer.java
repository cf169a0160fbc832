package io.sluice.executor.runtime;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.executor.checkpoint.CheckpointCoordinator;
import io.sluice.executor.checkpoint.CheckpointEvent;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.CheckpointStorage;
import io.sluice.executor.runtime.task.TaskCheckpointing;
import io.sluice.executor.runtime.task.TaskRestore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The thin I/O shell around a job's {@link CheckpointCoordinator}: one thread that owns the coordinator, ticks it
 * when it says, and carries out its {@link CheckpointEvent}s — creating a checkpoint's location and announcing its
 * id to the sources, writing the metadata, deleting aborted and subsumed checkpoints. Tasks' acknowledgements
 * arrive from their threads as actions queued to this thread, so the coordinator is only ever used by one.
 *
 * <p>Periodic checkpoints run only while every task of the current attempt runs ({@link #resume}); a task that
 * ends or fails {@link #suspend}s them and aborts those in progress, since a finished task can no longer
 * acknowledge.
 */
final class JobCheckpointer implements TaskCheckpointing {
  private final CheckpointCoordinator coordinator;
  private final CheckpointStorage storage;
  private final CheckpointingMode mode;
  private final Consumer<String> failJob;
  private final LinkedBlockingQueue<Runnable> actions = new LinkedBlockingQueue<>();
  private final Map<Long, CheckpointLocation> locations = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile long latestTriggered;
  private volatile TaskRestore restore;
  private volatile CheckpointMetadata latestCompleted;
  /** The id of {@link #latestCompleted}, 0 before the first. */
  private volatile long latestCompletedId;
  private boolean running;
  private volatile boolean stopped;

  JobCheckpointer(CheckpointCoordinator coordinator, CheckpointStorage storage, CheckpointingMode mode,
      String jobId, Consumer<String> failJob) {
    this.coordinator = coordinator;
    this.storage = storage;
    this.mode = mode;
    this.failJob = failJob;
    this.thread = new Thread(this::loop, "sluice-" + jobId + "-checkpoints");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** The tasks of an attempt run: periodic checkpoints go on (the first an interval from now after a restart). */
  void resume(boolean restarted) {
    actions.add(() -> {
      if (restarted) {
        coordinator.jobRestarted(System.currentTimeMillis());
      }
      running = true;
    });
  }

  /** A task ended or failed: aborts the checkpoints in progress and starts no more until {@link #resume}. */
  void suspend(String reason) {
    actions.add(() -> {
      running = false;
      handle(coordinator.abortAll(reason, System.currentTimeMillis()));
    });
  }

  /** The job ended: deletes what retention says and stops the thread. */
  void stop(JobStatus status) {
    actions.add(() -> {
      handle(coordinator.abortAll("the job is " + status, System.currentTimeMillis()));
      for (long id : coordinator.jobTerminated(status)) {
        discard(storage.checkpoint(id));
      }
      stopped = true;
    });
  }

  /** The newest completed checkpoint, if any. */
  Optional<CheckpointMetadata> latestCompleted() {
    return Optional.ofNullable(latestCompleted);
  }

  CheckpointStorage storage() {
    return storage;
  }

  /** The state the next attempt's tasks start from. */
  void restoreFrom(TaskRestore next) {
    this.restore = next;
  }

  @Override
  public CheckpointingMode mode() {
    return mode;
  }

  @Override
  public long latestTriggered() {
    return latestTriggered;
  }

  @Override
  public long latestCompletedId() {
    return latestCompletedId;
  }

  @Override
  public CheckpointLocation location(long checkpointId) {
    return locations.get(checkpointId);
  }

  @Override
  public void acknowledge(long checkpointId, TaskId task, TaskSnapshot snapshot) {
    actions.add(() -> handle(coordinator.acknowledge(checkpointId, task, snapshot, System.currentTimeMillis())));
  }

  @Override
  public void decline(long checkpointId, TaskId task, String reason) {
    actions.add(() -> handle(coordinator.decline(checkpointId, task, reason, System.currentTimeMillis())));
  }

  @Override
  public TaskRestore restore() {
    return restore;
  }

  private void loop() {
    while (!stopped) {
      try {
        long wait = running ? coordinator.nextTickTime() - System.currentTimeMillis() : Long.MAX_VALUE;
        Runnable action = actions.poll(Math.max(0, Math.min(wait, 1000)), TimeUnit.MILLISECONDS);
        if (action != null) {
          action.run();
        } else if (running) {
          handle(coordinator.tick(System.currentTimeMillis()));
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        failJob.accept("The checkpoint coordinator failed: " + e);
      }
    }
  }

  private void handle(List<CheckpointEvent> events) {
    for (CheckpointEvent event : events) {
      if (event instanceof CheckpointEvent.Trigger trigger) {
        trigger(trigger.checkpointId());
      } else if (event instanceof CheckpointEvent.Finalize finalize) {
        finalizeCheckpoint(finalize.metadata());
      } else if (event instanceof CheckpointEvent.Completed completed) {
        latestCompleted = completed.metadata();
        latestCompletedId = completed.checkpointId();
        locations.remove(completed.checkpointId());
        completed.subsumed().forEach(id -> discard(storage.checkpoint(id)));
      } else if (event instanceof CheckpointEvent.Aborted aborted) {
        CheckpointLocation location = locations.remove(aborted.checkpointId());
        if (location != null) {
          discard(location);
        }
      } else if (event instanceof CheckpointEvent.FailJob fail) {
        failJob.accept(fail.message());
      }
    }
  }

  private void trigger(long checkpointId) {
    try {
      locations.put(checkpointId, storage.createCheckpoint(checkpointId));
      latestTriggered = checkpointId;
    } catch (IOException e) {
      handle(coordinator.decline(checkpointId, new TaskId(0, 0), "cannot create its location: " + e.getMessage(),
          System.currentTimeMillis()));
    }
  }

  private void finalizeCheckpoint(CheckpointMetadata metadata) {
    long id = metadata.checkpointId();
    long now = System.currentTimeMillis();
    try {
      locations.get(id).writeMetadata(metadata);
    } catch (IOException | RuntimeException e) {
      handle(coordinator.finalizeFailed(id, String.valueOf(e), now));
      return;
    }
    handle(coordinator.finalized(id, now));
  }

  private static void discard(CheckpointLocation location) {
    try {
      location.discard();
    } catch (IOException e) {
      // Left behind on disk; a later restore skips it if incomplete, and nothing else reads it.
    }
  }
}
