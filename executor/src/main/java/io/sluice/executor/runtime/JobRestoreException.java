package io.sluice.executor.runtime;

/**
 * A job cannot start from the savepoint or checkpoint that {@code execution.state-recovery.path} names: nothing
 * restorable is there, or its state does not fit the job. The message says which path, operator or setting.
 */
public final class JobRestoreException extends RuntimeException {
  public JobRestoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
