package io.sluice.executor.runtime.task;

/** How a task reports to its job; called from the task's own thread. */
public interface TaskListener {
  /**
   * The task failed; it goes on to close its operators and exit. May be called again if closing fails too: the
   * first report of a job is the one that counts.
   */
  void taskFailed(Task task, Throwable cause);

  /** Called once, as the last thing the task's thread does. */
  void taskExited(Task task);
}
