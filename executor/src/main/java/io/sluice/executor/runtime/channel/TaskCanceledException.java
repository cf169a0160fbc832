package io.sluice.executor.runtime.channel;

/**
 * Thrown inside a task when it was asked to stop: a blocking channel operation was interrupted, or the task loop
 * saw the cancel flag. It unwinds the task's stack (through operators, which must not swallow it) and is not a
 * failure of the job.
 */
public final class TaskCanceledException extends RuntimeException {
  public TaskCanceledException() {
    super("The task was canceled", null, false, false);
  }
}
