package io.sluice.executor.runtime;

/**
 * Sizes of the data exchange of a {@link LocalExecutor}; not user-facing options (yet).
 *
 * @param bufferSize rows per buffer: a producer hands rows to a channel in batches of at most this many
 * @param channelCapacity buffers a channel holds before its producer blocks (backpressure)
 */
public record ExecutorSettings(int bufferSize, int channelCapacity) {
  /** 512-row buffers, 4 buffers per channel: about 2,000 rows in flight per channel. */
  public static final ExecutorSettings DEFAULT = new ExecutorSettings(512, 4);

  public ExecutorSettings {
    if (bufferSize <= 0 || channelCapacity <= 0) {
      throw new IllegalArgumentException(
          "Buffer size and channel capacity must be greater than 0, got " + bufferSize + " and " + channelCapacity);
    }
  }
}
