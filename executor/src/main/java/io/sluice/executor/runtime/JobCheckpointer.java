package io.sluice.executor.runtime;

import io.sluice.common.config.CheckpointingMode;
import io.sluice.executor.checkpoint.CheckpointCoordinator;
import io.sluice.executor.checkpoint.CheckpointEvent;
import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.CheckpointStats;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.RestoreSelector;
import io.sluice.executor.checkpoint.StateAssignment;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.CheckpointStorage;
import io.sluice.executor.runtime.task.TaskCheckpointing;
import io.sluice.executor.runtime.task.TaskRestore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The thin I/O shell around a job's {@link CheckpointCoordinator}: one thread that owns the coordinator, ticks it
 * when it says, and carries out its {@link CheckpointEvent}s — creating a checkpoint's or savepoint's location and
 * announcing its id to the sources, writing the metadata, deleting aborted and subsumed checkpoints. Tasks'
 * acknowledgements and users' savepoint requests arrive from other threads as actions queued to this thread, so
 * the coordinator is only ever used by one. Every job has one, also without periodic checkpoints (then it only
 * takes savepoints and restores).
 *
 * <p>Periodic checkpoints run only while the tasks of the current attempt run ({@link #resume}); a task failure
 * {@link #suspend}s them and aborts those in progress. The checkpoint a restarted attempt starts from is chosen on
 * this thread too ({@link #prepareRestart}), so that no checkpoint completes or is deleted while it is chosen.
 *
 * <p>Finished tasks (as in Flink's FLIP-147): a task whose input has ended reports {@link #taskFinished} and
 * waits with its operators open, acknowledging every checkpoint with its final state, until it may exit
 * ({@link #finishedTasksMayExit}). Once every task has finished, with periodic checkpoints a final checkpoint is
 * started at once and the tasks may exit when a checkpoint started after the last task finished completes (so
 * two-phase-commit sinks commit their last rows when notified of it); without, they may exit at once.
 *
 * <p>Savepoints ({@link #requestSavepoint}) start at once; a stopping one makes the sources wait after its barrier
 * ({@link #stopSavepoint}) and, once complete, is announced to the operators like a checkpoint, and the job is
 * stopped when every task has been notified of it. A draining one first makes the sources end their input
 * ({@link #drainRequested}) and is then taken as the final checkpoint of the finished tasks.
 */
final class JobCheckpointer implements TaskCheckpointing {
  private static final System.Logger LOG = System.getLogger(JobCheckpointer.class.getName());

  private final CheckpointCoordinator coordinator;
  private final CheckpointStorage storage;
  private final CheckpointingMode mode;
  private final boolean periodic;
  private final int numTasks;
  private final String jobId;
  private final Callbacks job;
  private final LinkedBlockingQueue<Runnable> actions = new LinkedBlockingQueue<>();
  private final Map<Long, CheckpointLocation> locations = new ConcurrentHashMap<>();
  private final Map<Long, CompletableFuture<Boolean>> stopFutures = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile long latestTriggered;
  private volatile long attemptBaseline;
  private volatile TaskRestore restore;
  private volatile CheckpointMetadata latestCompleted;
  /** The newest checkpoint (or stopping savepoint) operators are told about; 0 before the first. */
  private volatile long latestCompletedId;
  private volatile List<CheckpointStats> history = List.of();
  private volatile boolean drain;
  private volatile boolean finishedTasksMayExit;
  private volatile boolean stopped;

  // Checkpoint thread only.
  private boolean running;
  private final Map<Long, SavepointRequest> savepoints = new HashMap<>();
  private final Set<TaskId> finished = new HashSet<>();
  private final Set<TaskId> notifiedOfStop = new HashSet<>();
  private SavepointRequest pendingDrain;
  /** The newest checkpoint started before every task had finished; -1 while some task runs. */
  private long finalAfter = -1;
  /** The completed savepoint the job stops with (without draining); 0 if none. */
  private long stopSavepoint;

  /** What the checkpointer asks of its job. */
  interface Callbacks {
    /** Fails the job's current attempt, e.g. when more checkpoints failed in a row than tolerated. */
    void fail(String message);

    /** A stopping savepoint completed and every task was notified: end the job as FINISHED. */
    void stopped();
  }

  JobCheckpointer(CheckpointCoordinator coordinator, CheckpointStorage storage, CheckpointingMode mode,
      boolean periodic, int numTasks, String jobId, Callbacks job) {
    this.coordinator = coordinator;
    this.storage = storage;
    this.mode = mode;
    this.periodic = periodic;
    this.numTasks = numTasks;
    this.jobId = jobId;
    this.job = job;
    this.thread = new Thread(this::loop, "sluice-" + jobId + "-checkpoints");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** The tasks of an attempt run: periodic checkpoints go on (the first an interval from now after a restart). */
  void resume(boolean restarted) {
    // Nothing is triggered while suspended, so this is the newest checkpoint the new tasks must not wait for.
    attemptBaseline = latestTriggered;
    actions.add(() -> {
      if (restarted) {
        coordinator.jobRestarted(System.currentTimeMillis());
      }
      finished.clear();
      notifiedOfStop.clear();
      finalAfter = -1;
      finishedTasksMayExit = false;
      running = true;
    });
  }

  /** A task failed: aborts the checkpoints and savepoints in progress and starts no more until {@link #resume}. */
  void suspend(String reason) {
    actions.add(() -> {
      running = false;
      drain = false;
      handle(coordinator.abortAll(reason, System.currentTimeMillis()));
      failPendingDrain("the job failed: " + reason);
    });
  }

  /** The job ended: deletes what retention says and stops the thread (which {@link #join} waits for). */
  void stop(JobStatus status) {
    actions.add(() -> {
      running = false;
      handle(coordinator.abortAll("the job is " + status, System.currentTimeMillis()));
      failPendingDrain("the job is " + status);
      for (long id : coordinator.jobTerminated(status)) {
        discard(storage.checkpoint(id));
      }
      stopped = true;
      // Savepoint requests queued meanwhile fail now (not running); later ones fail in requestSavepoint.
      for (Runnable action = actions.poll(); action != null; action = actions.poll()) {
        action.run();
      }
    });
  }

  /** Waits for the thread to end after {@link #stop}. */
  void join() throws InterruptedException {
    thread.join();
  }

  /**
   * Asks for a savepoint; see {@link JobHandle#triggerSavepoint} and {@link JobHandle#stopWithSavepoint}.
   *
   * @return completed with the savepoint's directory, or exceptionally with the reason it failed
   */
  CompletableFuture<String> requestSavepoint(String directory, boolean stop, boolean drain) {
    SavepointRequest request = new SavepointRequest(directory, stop, drain, new CompletableFuture<>());
    actions.add(() -> startSavepoint(request));
    if (stopped) {
      request.fail("The job has ended");
    }
    return request.result();
  }

  /** The newest completed checkpoint, if any (savepoints are not restored from after a failure). */
  Optional<CheckpointMetadata> latestCompleted() {
    return Optional.ofNullable(latestCompleted);
  }

  /** The recent checkpoints and savepoints, newest first. */
  List<CheckpointStats> history() {
    return history;
  }

  /** The state the first attempt's tasks start from: a savepoint or checkpoint, or null for none. */
  void restoreFrom(TaskRestore next) {
    this.restore = next;
  }

  /**
   * Chooses the state the tasks of a restarted attempt start from and makes it {@link #restore()}: the newest
   * checkpoint in storage whose metadata is readable and whose pointer is not in {@code unrestorable};
   * {@code initial} while no checkpoint has completed. Called by the job between attempts, after {@link #suspend}.
   *
   * <p>The choice is made on the checkpoint thread, queued behind the suspension, because a checkpoint of the
   * failed attempt may still complete there: when every task's acknowledgement was queued before the failure, the
   * checkpoint completes once the thread reaches them, and its completion deletes the checkpoint it subsumes.
   * Chosen from another thread meanwhile, the choice could find the newer checkpoint not yet complete and the older
   * one already deleted (nothing left to restore), or pick the older one just before its deletion (its state then
   * missing when the new tasks read it, which fails the attempt). Behind the suspension, no checkpoint completes,
   * and so none is deleted, until every task of the new attempt has restored and acknowledged a newer one.
   *
   * @throws IllegalStateException when no checkpoint is left to restore from; the message lists what the storage
   *     holds and why each checkpoint was skipped
   */
  void prepareRestart(Set<String> unrestorable, TaskRestore initial) {
    CompletableFuture<TaskRestore> chosen = new CompletableFuture<>();
    actions.add(() -> {
      try {
        restore = chooseRestore(Set.copyOf(unrestorable), initial);
        chosen.complete(restore);
      } catch (RuntimeException e) {
        chosen.completeExceptionally(e);
      }
    });
    if (stopped) {
      chosen.completeExceptionally(new IllegalStateException("The job has ended"));
    }
    try {
      chosen.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private TaskRestore chooseRestore(Set<String> unrestorable, TaskRestore initial) {
    CheckpointMetadata latest = latestCompleted;
    if (latest == null) {
      return initial;
    }
    List<CheckpointLocation> candidates;
    try {
      candidates = storage.checkpointsNewestFirst().stream()
          .filter(location -> !unrestorable.contains(location.pointer())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the job's checkpoints", e);
    }
    RestoreSelector.Selection selection = RestoreSelector.select(candidates);
    selection.warnings().forEach(warning -> LOG.log(Level.WARNING, "Job " + jobId + ": " + warning));
    if (selection.selected().isEmpty()) {
      throw new IllegalStateException(noCheckpointLeft(latest, selection, unrestorable));
    }
    CheckpointMetadata metadata = selection.selected().get();
    CheckpointLocation location = candidates.stream().filter(c -> c.pointer().equals(selection.pointer()))
        .findFirst().orElseThrow();
    LOG.log(Level.INFO, "Job " + jobId + " restarts from " + location.pointer());
    // A restart redeploys the same graph, so every operator of the checkpoint is one of the job's.
    Set<String> operatorIds = metadata.operators().stream().map(OperatorSnapshot::operatorId)
        .collect(Collectors.toSet());
    return new TaskRestore(StateAssignment.of(metadata, location.pointer(), operatorIds, metadata.maxParallelism(),
        false), location);
  }

  /** Says what a restart found: the latest completed checkpoint, the storage's checkpoints, why none would do. */
  private String noCheckpointLeft(CheckpointMetadata latest, RestoreSelector.Selection selection,
      Set<String> unrestorable) {
    String listed;
    try {
      listed = storage.checkpointsNewestFirst().stream().map(CheckpointLocation::pointer).toList().toString();
    } catch (IOException e) {
      listed = "(cannot be listed: " + e.getMessage() + ")";
    }
    List<String> reasons = new ArrayList<>(selection.warnings());
    unrestorable.stream().sorted().map(p -> "the state of " + p + " cannot be restored").forEach(reasons::add);
    return "No checkpoint left to restore from: the latest completed checkpoint is "
        + storage.checkpoint(latest.checkpointId()).pointer() + ", the storage holds " + listed
        + (reasons.isEmpty() ? "" : "; " + String.join("; ", reasons));
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
  public long attemptBaseline() {
    return attemptBaseline;
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

  @Override
  public CompletableFuture<Boolean> stopSavepoint(long checkpointId) {
    return stopFutures.get(checkpointId);
  }

  @Override
  public boolean drainRequested() {
    return drain;
  }

  @Override
  public void taskFinished(TaskId task) {
    actions.add(() -> {
      if (finished.add(task) && finished.size() == numTasks) {
        allTasksFinished();
      }
    });
  }

  @Override
  public boolean finishedTasksMayExit() {
    return finishedTasksMayExit;
  }

  @Override
  public void notified(TaskId task, long checkpointId) {
    actions.add(() -> {
      if (stopSavepoint > 0 && checkpointId >= stopSavepoint && notifiedOfStop.add(task)
          && notifiedOfStop.size() == numTasks) {
        job.stopped();
      }
    });
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
        publishHistory();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        job.fail("The checkpoint coordinator failed: " + e);
      }
    }
  }

  private void startSavepoint(SavepointRequest request) {
    if (!running || finalAfter >= 0 || finishedTasksMayExit) {
      request.fail("The job is not running (it is restarting, finishing or has ended)");
    } else if (request.stop() && stopInProgress()) {
      request.fail("The job is already being stopped with a savepoint");
    } else if (request.drain()) {
      pendingDrain = request;
      drain = true; // the sources end their input; the savepoint is taken once every task has finished
    } else {
      CheckpointEvent.Trigger trigger = coordinator.triggerSavepoint(System.currentTimeMillis());
      savepoints.put(trigger.checkpointId(), request);
      if (request.stop()) {
        stopFutures.put(trigger.checkpointId(), new CompletableFuture<>());
      }
      handle(List.of(trigger));
    }
  }

  private boolean stopInProgress() {
    return pendingDrain != null || stopSavepoint > 0 || stopFutures.values().stream().anyMatch(f -> !f.isDone());
  }

  private void allTasksFinished() {
    long now = System.currentTimeMillis();
    if (pendingDrain != null) {
      running = false; // the savepoint is the final checkpoint: no periodic one may complete instead
      CheckpointEvent.Trigger trigger = coordinator.triggerSavepoint(now);
      savepoints.put(trigger.checkpointId(), pendingDrain);
      pendingDrain = null;
      finalAfter = latestTriggered;
      handle(List.of(trigger));
    } else if (periodic && running) {
      finalAfter = latestTriggered;
      handle(List.of(coordinator.triggerCheckpoint(now)));
    } else {
      finishedTasksMayExit = true;
    }
  }

  private void handle(List<CheckpointEvent> events) {
    for (CheckpointEvent event : events) {
      if (event instanceof CheckpointEvent.Trigger trigger) {
        trigger(trigger.checkpointId(), trigger.kind());
      } else if (event instanceof CheckpointEvent.Finalize finalize) {
        finalizeCheckpoint(finalize.metadata());
      } else if (event instanceof CheckpointEvent.Completed completed) {
        completed(completed);
      } else if (event instanceof CheckpointEvent.Aborted aborted) {
        aborted(aborted);
      } else if (event instanceof CheckpointEvent.FailJob fail) {
        job.fail(fail.message());
      }
    }
  }

  private void trigger(long checkpointId, CheckpointKind kind) {
    try {
      CheckpointLocation location = kind == CheckpointKind.SAVEPOINT
          ? storage.createSavepoint(savepoints.get(checkpointId).directory())
          : storage.createCheckpoint(checkpointId);
      locations.put(checkpointId, location);
      coordinator.located(checkpointId, location.pointer());
      latestTriggered = checkpointId;
    } catch (IOException e) {
      handle(coordinator.decline(checkpointId, new TaskId(0, 0), "cannot create its location: " + e.getMessage(),
          System.currentTimeMillis()));
    }
  }

  /** Makes the coordinator's history visible to other threads; before a savepoint's requester is answered. */
  private void publishHistory() {
    history = List.copyOf(coordinator.history());
  }

  private void completed(CheckpointEvent.Completed completed) {
    publishHistory();
    long id = completed.checkpointId();
    CheckpointLocation location = locations.remove(id);
    if (completed.metadata().kind() == CheckpointKind.CHECKPOINT) {
      latestCompleted = completed.metadata();
      latestCompletedId = id;
      completed.subsumed().forEach(subsumed -> discard(storage.checkpoint(subsumed)));
      if (finalAfter >= 0 && id > finalAfter) {
        running = false; // the final checkpoint: no more periodic ones
        finishedTasksMayExit = true;
      }
      return;
    }
    SavepointRequest request = savepoints.remove(id);
    if (request != null && request.stop()) {
      // A stopping savepoint commits side effects, like a checkpoint (FLIP-193); others do not.
      latestCompletedId = Math.max(latestCompletedId, id);
      if (request.drain()) {
        finishedTasksMayExit = true;
      } else {
        stopSavepoint = id;
        running = false;
      }
      completeStopFuture(id, true);
    }
    if (request != null) {
      // Published before the answer: SHOW CHECKPOINTS right after the savepoint statement lists it as completed.
      history = coordinator.history();
      request.result().complete(location.pointer());
    }
  }

  private void aborted(CheckpointEvent.Aborted aborted) {
    publishHistory();
    long id = aborted.checkpointId();
    CheckpointLocation location = locations.remove(id);
    if (location != null) {
      discard(location);
    }
    SavepointRequest request = savepoints.remove(id);
    if (request != null) {
      history = coordinator.history();
      request.fail(aborted.message());
      if (request.drain()) {
        finishedTasksMayExit = true; // drained already: the job finishes, without its savepoint
      }
    }
    completeStopFuture(id, false);
  }

  private void completeStopFuture(long id, boolean completed) {
    // Kept once completed: a source may ask for it only after the savepoint completed.
    CompletableFuture<Boolean> future = stopFutures.get(id);
    if (future != null) {
      future.complete(completed);
    }
  }

  private void failPendingDrain(String reason) {
    if (pendingDrain != null) {
      pendingDrain.fail("The savepoint was not taken: " + reason);
      pendingDrain = null;
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
