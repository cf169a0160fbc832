package io.sluice.executor.runtime.channel;

/** What follows the rows of a {@link Buffer}, if anything. */
public enum ChannelEvent {
  /** Only rows. */
  NONE,
  /** The rows, then a watermark. */
  WATERMARK,
  /** The rows, then the producer's output becomes idle: it no longer holds back the watermark. */
  IDLE,
  /** The rows, then the producer's output becomes active again. */
  ACTIVE,
  /** The rows, then the end of this channel: nothing follows. */
  END_OF_INPUT,
  /** The rows, then the barrier of a checkpoint (its id in {@link Buffer#watermark()}'s place). */
  BARRIER
}
