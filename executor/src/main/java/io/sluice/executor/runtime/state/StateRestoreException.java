package io.sluice.executor.runtime.state;

import java.io.IOException;

/**
 * A piece of keyed state could not be restored: missing, truncated or corrupt. Its message names the piece and the
 * checkpoint; {@link #checkpointPointer()} lets the job fall back to an older retained checkpoint.
 */
public final class StateRestoreException extends IOException {
  private final String checkpointPointer;

  StateRestoreException(String message, String checkpointPointer, Throwable cause) {
    super(message, cause);
    this.checkpointPointer = checkpointPointer;
  }

  /** Where the checkpoint is that could not be restored. */
  public String checkpointPointer() {
    return checkpointPointer;
  }

  /** The restore failure among {@code failure} and its causes, or null. */
  public static StateRestoreException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StateRestoreException restore) {
        return restore;
      }
    }
    return null;
  }
}
