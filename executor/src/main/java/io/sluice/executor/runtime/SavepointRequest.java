package io.sluice.executor.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * A user's request for a savepoint, until it completes or fails.
 *
 * @param directory where the savepoint directory goes; null for {@code execution.checkpointing.savepoint-dir}
 * @param stop whether the job stops with it
 * @param drain whether the sources end their input (and every window fires) before it is taken; only with stop
 * @param result completed with the savepoint's directory
 */
record SavepointRequest(String directory, boolean stop, boolean drain, CompletableFuture<String> result) {
  SavepointRequest {
    if (drain && !stop) {
      throw new IllegalArgumentException("Only a stop drains");
    }
  }

  void fail(String message) {
    result.completeExceptionally(new IllegalStateException(message));
  }
}
