package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.StateHandle;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream for one piece of a checkpoint's state. Written by one thread. Either
 * {@link #closeAndGetHandle()} finishes it (durably written, named in the handle), or {@link #close()} abandons
 * it and whatever was written is removed, so a failed snapshot leaves nothing behind.
 */
public abstract class StateOutput extends OutputStream {
  /**
   * Finishes the state: everything written is durable once this returns.
   *
   * @return the handle to record in the checkpoint's metadata
   * @throws IOException when the state cannot be made durable; it is removed then
   */
  public abstract StateHandle closeAndGetHandle() throws IOException;

  /** Abandons the state unless it was finished: what was written is removed. Idempotent. */
  @Override
  public abstract void close() throws IOException;
}
