package io.sluice.executor.runtime.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread on which one task writes its checkpoints' snapshots (the asynchronous part), in the order taken,
 * while the task goes on processing. Started with the first snapshot, stopped by {@link #close} when the task
 * ends: a write still running is interrupted (its checkpoint is declined) and waited for, so no thread and no file
 * outlives the task.
 */
final class SnapshotWriter implements AutoCloseable {
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final String threadName;
  private ExecutorService executor;
  private boolean closed;

  SnapshotWriter(String threadName) {
    this.threadName = threadName;
  }

  /** A write to run on the writer thread, or to abandon when the task ends first. */
  interface Write extends Runnable {
    /** Releases what the write would have written; called instead of {@link #run} for a write never started. */
    void abandon();
  }

  /**
   * Runs the write on the writer thread.
   *
   * @throws RejectedExecutionException when the writer was closed
   */
  synchronized void submit(Write write) {
    if (closed) {
      throw new RejectedExecutionException("The task's snapshot writer is closed");
    }
    if (executor == null) {
      executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread thread = new Thread(r, threadName);
        thread.setDaemon(true);
        return thread;
      });
    }
    executor.execute(write);
  }

  /** Interrupts the write in progress, drops queued ones and waits for the thread to end. Idempotent. */
  @Override
  public void close() {
    ExecutorService running;
    synchronized (this) {
      closed = true;
      running = executor;
    }
    if (running == null) {
      return;
    }
    for (Runnable dropped : running.shutdownNow()) {
      ((Write) dropped).abandon();
    }
    boolean interrupted = Thread.interrupted();
    try {
      running.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
