package io.sluice.executor.runtime;

import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointStats;
import io.sluice.executor.restart.RestartDecision;
import io.sluice.executor.restart.RestartStrategy;
import io.sluice.executor.runtime.state.StateRestoreException;
import io.sluice.executor.runtime.task.Task;
import io.sluice.executor.runtime.task.TaskListener;
import io.sluice.executor.runtime.task.TaskRestore;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A running job of the {@link LocalExecutor}: its tasks, its restarts and the decision of how it ends.
 *
 * <p>The tasks run in attempts. The first task failure of an attempt asks the {@link RestartStrategy}: if it
 * allows a restart, every task of the attempt is canceled, and once all have exited and the delay has passed a new
 * attempt is deployed, its tasks starting from the latest completed checkpoint (through the
 * {@link JobCheckpointer}; from nothing without one). Otherwise the outcome is decided.
 *
 * <p>The outcome is decided once, by whichever comes first: a failure not restarted (FAILED, then every task is
 * canceled), {@link #cancel} (CANCELED, likewise), or the exit of the last task with neither (FINISHED). It is
 * published — status, end time, termination future — only when every task thread has exited: the last task to
 * exit hands publication to the executor's monitor thread, which joins all task threads first, so that a caller
 * woken by termination never sees a live thread of the job.
 */
final class LocalJob implements JobHandle {
  private static final System.Logger LOG = System.getLogger(LocalJob.class.getName());

  private final String id;
  private final String name;
  private final Instant startTime = Instant.now();
  private final Executor monitor;
  private final JobMetrics metrics;
  private final CompletableFuture<JobStatus> termination = new CompletableFuture<>();
  private final Function<TaskListener, List<Task>> taskFactory;
  private final RestartStrategy restartStrategy;
  /** Null without checkpointing. */
  private final JobCheckpointer checkpointer;
  private final TaskRestore initialRestore;
  private final List<String> restoreWarnings;
  private volatile JobStatus status = JobStatus.RUNNING;
  private volatile Instant endTime;
  private volatile String stateBackend = "hashmap";

  // Guarded by this.
  private Attempt attempt;
  private JobStatus outcome;
  private Throwable failure;
  private Throwable lastFailure;
  private int restarts;
  /** Checkpoints whose state failed to restore; the next attempt falls back to an older one. */
  private final Set<String> unrestorable = ConcurrentHashMap.newKeySet();

  /**
   * What a job is built from besides its id, name and tasks.
   *
   * @param initialRestore the savepoint or checkpoint the first attempt starts from (and later ones, until a
   *     checkpoint completes); null for a fresh start
   * @param restoreWarnings the damaged checkpoints skipped to find it, one line each
   */
  record Recovery(RestartStrategy restartStrategy, JobCheckpointer checkpointer, TaskRestore initialRestore,
      List<String> restoreWarnings) {
    Recovery {
      restoreWarnings = List.copyOf(restoreWarnings);
    }
  }

  private LocalJob(String id, String name, Executor monitor, JobMetrics metrics,
      Function<TaskListener, List<Task>> taskFactory, Recovery recovery) {
    this.id = id;
    this.name = name;
    this.monitor = monitor;
    this.metrics = metrics;
    this.taskFactory = taskFactory;
    this.restartStrategy = recovery.restartStrategy();
    this.checkpointer = recovery.checkpointer();
    this.initialRestore = recovery.initialRestore();
    this.restoreWarnings = recovery.restoreWarnings();
  }

  /** A job whose tasks {@code taskFactory} builds (once per attempt), reporting to the job. */
  static LocalJob create(String id, String name, Executor monitor, JobMetrics metrics,
      Function<TaskListener, List<Task>> taskFactory, Recovery recovery) {
    LocalJob job = new LocalJob(id, name, monitor, metrics, taskFactory, recovery);
    job.attempt = job.new Attempt();
    return job;
  }

  /** Starts the first attempt (and the checkpoint thread). */
  void start() {
    if (checkpointer != null) {
      checkpointer.restoreFrom(initialRestore);
      checkpointer.start();
    }
    attempt.start(false);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JobStatus status() {
    return status;
  }

  @Override
  public Instant startTime() {
    return startTime;
  }

  @Override
  public Optional<Instant> endTime() {
    return Optional.ofNullable(endTime);
  }

  @Override
  public synchronized Optional<Throwable> failure() {
    return status == JobStatus.FAILED ? Optional.of(failure) : Optional.empty();
  }

  @Override
  public synchronized int restarts() {
    return restarts;
  }

  @Override
  public synchronized Optional<Throwable> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  @Override
  public List<CheckpointStats> checkpoints() {
    return checkpointer == null ? List.of() : checkpointer.history();
  }

  @Override
  public Optional<CheckpointStats> latestCheckpoint() {
    return checkpoints().stream()
        .filter(c -> c.kind() == CheckpointKind.CHECKPOINT && c.status() == CheckpointStats.Status.COMPLETED)
        .findFirst();
  }

  @Override
  public Optional<String> restoredFrom() {
    return Optional.ofNullable(initialRestore).map(restore -> restore.location().pointer());
  }

  @Override
  public List<String> restoreWarnings() {
    return restoreWarnings;
  }

  @Override
  public CompletableFuture<String> triggerSavepoint(String directory) {
    return requestSavepoint(directory, false, false);
  }

  @Override
  public CompletableFuture<String> stopWithSavepoint(String directory, boolean drain) {
    return requestSavepoint(directory, true, drain);
  }

  private CompletableFuture<String> requestSavepoint(String directory, boolean stop, boolean drain) {
    JobStatus now = status;
    if (now.isTerminal()) {
      return CompletableFuture.failedFuture(new IllegalStateException("The job is " + now));
    }
    return checkpointer.requestSavepoint(directory, stop, drain);
  }

  @Override
  public String stateBackend() {
    return stateBackend;
  }

  /** Sets what {@link #stateBackend()} reports; called once before the job starts. */
  void stateBackend(String name) {
    stateBackend = name;
  }

  @Override
  public Optional<CheckpointSizes> lastCheckpointSizes() {
    return checkpointer == null ? Optional.empty()
        : checkpointer.latestCompleted().flatMap(c -> metrics.checkpointSizes(c.checkpointId()));
  }

  @Override
  public Map<String, Long> counters() {
    return metrics.totals();
  }

  @Override
  public void cancel() {
    end(JobStatus.CANCELED);
  }

  /** Decides the outcome (unless decided) and cancels the tasks; publication follows once they have exited. */
  private void end(JobStatus decided) {
    Attempt current;
    synchronized (this) {
      if (outcome != null) {
        return;
      }
      outcome = decided;
      current = attempt;
    }
    current.cancelTasks();
    current.publishIfExited();
  }

  /** A stopping savepoint completed and every task was told: the job ends as FINISHED, without end of input. */
  void stopped() {
    end(JobStatus.FINISHED);
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    try {
      if (timeout == null || timeout.isZero()) {
        termination.get();
      } else if (timeout.isNegative()) {
        throw new IllegalArgumentException("Negative timeout " + timeout);
      } else {
        termination.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("The termination future never completes exceptionally", e);
    }
  }

  @Override
  public CompletableFuture<JobStatus> terminationFuture() {
    // A copy, so callers cannot complete the job's own future.
    return termination.copy();
  }

  @Override
  public String toString() {
    return "Job " + id + " '" + name + "' (" + status + ")";
  }

  /** Fails the job's current attempt from outside the tasks (e.g. too many failed checkpoints). */
  void fail(String message) {
    Attempt current;
    synchronized (this) {
      current = attempt;
    }
    if (current != null) {
      current.taskFailed(null, new IllegalStateException(message));
    }
  }

  /**
   * The restored state of the next attempt: the newest retained checkpoint whose metadata is readable and whose
   * state has not failed to restore in an earlier attempt; the initial restore before the first checkpoint.
   */
  private void prepareRestore() {
    if (checkpointer != null) {
      checkpointer.prepareRestart(unrestorable, initialRestore);
    }
  }

  private void publish(Attempt last) {
    for (Task task : last.tasks) {
      joinUninterruptibly(task.thread());
    }
    JobStatus terminal;
    synchronized (this) {
      terminal = outcome;
      endTime = Instant.now();
      status = terminal;
    }
    if (checkpointer != null) {
      checkpointer.stop(terminal);
      try {
        checkpointer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    termination.complete(terminal);
  }

  private static void joinUninterruptibly(Thread thread) {
    if (thread == Thread.currentThread()) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One deployment of the job's tasks. */
  private final class Attempt implements TaskListener {
    private List<Task> tasks = List.of();
    // Guarded by LocalJob.this.
    private int runningTasks;
    private boolean failing;
    private long restartDelay;

    /** Builds and starts the tasks; if one cannot be started the attempt fails, the rest counting as exited. */
    void start(boolean restarted) {
      List<Task> created = List.copyOf(taskFactory.apply(this));
      synchronized (LocalJob.this) {
        if (attempt != this) {
          // Canceled while a restart chose its checkpoint: the cancel found no task and published the job's end.
          return;
        }
        tasks = created;
        runningTasks = created.size();
      }
      if (checkpointer != null) {
        checkpointer.resume(restarted);
      }
      for (int i = 0; i < created.size(); i++) {
        try {
          created.get(i).start();
        } catch (Throwable t) {
          taskFailed(created.get(i), t);
          for (int j = i; j < created.size(); j++) {
            taskExited(created.get(j));
          }
          return;
        }
      }
    }

    @Override
    public void taskFailed(Task task, Throwable cause) {
      StateRestoreException restore = StateRestoreException.find(cause);
      if (restore != null) {
        unrestorable.add(restore.checkpointPointer());
      }
      synchronized (LocalJob.this) {
        if (failing || outcome != null || attempt != this) {
          return;
        }
        failing = true;
        lastFailure = cause;
        RestartDecision decision = restartStrategy.onFailure(System.currentTimeMillis());
        if (decision.restart()) {
          restarts++;
          restartDelay = decision.delayMillis();
          status = JobStatus.RESTARTING;
          LOG.log(Level.WARNING, failed(task) + "; restart " + restarts + " in " + restartDelay + " ms", cause);
        } else {
          outcome = JobStatus.FAILED;
          failure = cause;
          LOG.log(Level.WARNING, failed(task) + "; not restarted (the restart strategy gave up)", cause);
        }
      }
      if (checkpointer != null) {
        checkpointer.suspend("a task failed: " + cause);
      }
      cancelTasks();
    }

    private String failed(Task task) {
      return LocalJob.this + (task == null ? " failed" : ": task " + task.name() + " failed");
    }

    @Override
    public void taskExited(Task task) {
      // With checkpointing, a task exits only once it may (see JobCheckpointer), so checkpoints need not stop.
      synchronized (LocalJob.this) {
        if (--runningTasks > 0) {
          return;
        }
        if (outcome == null && !failing) {
          outcome = JobStatus.FINISHED;
        }
      }
      afterLastExit();
    }

    void cancelTasks() {
      List<Task> current;
      synchronized (LocalJob.this) {
        current = tasks;
      }
      for (Task task : current) {
        task.cancel();
      }
    }

    /** After a cancel: publishes at once when no task of this attempt runs (e.g. during a restart delay). */
    void publishIfExited() {
      synchronized (LocalJob.this) {
        if (runningTasks > 0 || attempt != this) {
          return;
        }
        attempt = null;
      }
      execute(() -> publish(this));
    }

    private void afterLastExit() {
      boolean restart;
      synchronized (LocalJob.this) {
        restart = outcome == null;
        if (!restart) {
          if (attempt != this) {
            return;
          }
          attempt = null;
        }
      }
      if (restart) {
        Thread restarter = new Thread(this::restart, "sluice-" + id + "-restart");
        restarter.setDaemon(true);
        restarter.start();
      } else {
        execute(() -> publish(this));
      }
    }

    private void restart() {
      for (Task task : tasks) {
        joinUninterruptibly(task.thread());
      }
      try {
        Thread.sleep(restartDelay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Attempt next = new Attempt();
      synchronized (LocalJob.this) {
        if (outcome != null) {
          // Canceled during the delay; cancel() published it, or will via this attempt.
          if (attempt == this) {
            attempt = null;
            execute(() -> publish(this));
          }
          return;
        }
        attempt = next;
        status = JobStatus.RUNNING;
      }
      try {
        prepareRestore();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, LocalJob.this + " cannot restart: " + e.getMessage(), e);
        synchronized (LocalJob.this) {
          outcome = JobStatus.FAILED;
          failure = e;
          attempt = null;
        }
        execute(() -> publish(this));
        return;
      }
      next.start(true);
    }

    private void execute(Runnable publication) {
      try {
        monitor.execute(publication);
      } catch (RejectedExecutionException e) {
        publication.run(); // the executor is shut down; publish from this thread instead
      }
    }
  }
}
