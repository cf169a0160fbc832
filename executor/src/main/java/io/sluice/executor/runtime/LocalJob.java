package io.sluice.executor.runtime;

import io.sluice.executor.runtime.task.Task;
import io.sluice.executor.runtime.task.TaskListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A running job of the {@link LocalExecutor}: its tasks and the decision of how it ends.
 *
 * <p>The outcome is decided once, by whichever comes first: the first task failure (FAILED, then every task is
 * canceled), {@link #cancel} (CANCELED, likewise), or the exit of the last task with neither (FINISHED). It is
 * published — status, end time, termination future — only when every task thread has exited: the last task to
 * exit hands publication to the executor's monitor thread, which joins all task threads first, so that a caller
 * woken by termination never sees a live thread of the job.
 */
final class LocalJob implements JobHandle, TaskListener {
  private final String id;
  private final String name;
  private final Instant startTime = Instant.now();
  private final Executor monitor;
  private final JobMetrics metrics;
  private final CompletableFuture<JobStatus> termination = new CompletableFuture<>();
  private List<Task> tasks;
  private volatile JobStatus status = JobStatus.RUNNING;
  private volatile Instant endTime;

  // Guarded by this.
  private JobStatus outcome;
  private Throwable failure;
  private int runningTasks;

  private LocalJob(String id, String name, Executor monitor, JobMetrics metrics) {
    this.id = id;
    this.name = name;
    this.monitor = monitor;
    this.metrics = metrics;
  }

  /** A job whose tasks {@code taskFactory} builds, reporting to the job and counting into {@code metrics}. */
  static LocalJob create(String id, String name, Executor monitor, JobMetrics metrics,
      Function<TaskListener, List<Task>> taskFactory) {
    LocalJob job = new LocalJob(id, name, monitor, metrics);
    job.tasks = List.copyOf(taskFactory.apply(job));
    job.runningTasks = job.tasks.size();
    return job;
  }

  /** Starts the task threads; if one cannot be started the job fails and the tasks not started count as exited. */
  void start() {
    for (int i = 0; i < tasks.size(); i++) {
      try {
        tasks.get(i).start();
      } catch (Throwable t) {
        taskFailed(tasks.get(i), t);
        for (int j = i; j < tasks.size(); j++) {
          taskExited(tasks.get(j));
        }
        return;
      }
    }
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
  public Map<String, Long> counters() {
    return metrics.totals();
  }

  @Override
  public void cancel() {
    if (decide(JobStatus.CANCELED, null)) {
      cancelTasks();
    }
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
  public void taskFailed(Task task, Throwable cause) {
    if (decide(JobStatus.FAILED, cause)) {
      cancelTasks();
    }
  }

  @Override
  public void taskExited(Task task) {
    synchronized (this) {
      if (--runningTasks > 0) {
        return;
      }
      if (outcome == null) {
        outcome = JobStatus.FINISHED;
      }
    }
    try {
      monitor.execute(this::publish);
    } catch (RejectedExecutionException e) {
      publish(); // the executor is shut down; publish from this (last) task thread instead
    }
  }

  @Override
  public String toString() {
    return "Job " + id + " '" + name + "' (" + status + ")";
  }

  /** Sets the outcome unless one is set already; true if this call decided it. */
  private synchronized boolean decide(JobStatus decided, Throwable cause) {
    if (outcome != null) {
      return false;
    }
    outcome = decided;
    failure = cause;
    return true;
  }

  private void cancelTasks() {
    for (Task task : tasks) {
      task.cancel();
    }
  }

  private void publish() {
    for (Task task : tasks) {
      joinUninterruptibly(task.thread());
    }
    JobStatus terminal;
    synchronized (this) {
      terminal = outcome;
      endTime = Instant.now();
      status = terminal;
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
}
