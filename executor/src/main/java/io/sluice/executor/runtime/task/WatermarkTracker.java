package io.sluice.executor.runtime.task;

/**
 * Combines the watermarks of a task's input channels: the task's watermark is the minimum over the latest
 * watermark of every channel that has not ended, and it is forwarded only when it advances. A channel that has
 * sent nothing yet holds the watermark back at {@link Long#MIN_VALUE}; an ended channel no longer holds it back.
 * When all channels have ended nothing more is forwarded (operators flush at end of input instead).
 */
final class WatermarkTracker {
  private final long[] watermarks;
  private final boolean[] ended;
  private int openChannels;
  private long current = Long.MIN_VALUE;

  WatermarkTracker(int numChannels) {
    watermarks = new long[numChannels];
    ended = new boolean[numChannels];
    openChannels = numChannels;
    java.util.Arrays.fill(watermarks, Long.MIN_VALUE);
  }

  /** Records a channel's watermark; true if the combined watermark advanced (read it with {@link #current}). */
  boolean onWatermark(int channel, long watermark) {
    if (watermark > watermarks[channel]) {
      watermarks[channel] = watermark;
    }
    return advance();
  }

  /** Records the end of a channel; true if the combined watermark advanced because of it. */
  boolean onEndOfInput(int channel) {
    if (!ended[channel]) {
      ended[channel] = true;
      openChannels--;
    }
    return advance();
  }

  boolean allEnded() {
    return openChannels == 0;
  }

  /** The last combined watermark forwarded, or {@link Long#MIN_VALUE} if none yet. */
  long current() {
    return current;
  }

  private boolean advance() {
    if (openChannels == 0) {
      return false;
    }
    long min = Long.MAX_VALUE;
    for (int i = 0; i < watermarks.length; i++) {
      if (!ended[i] && watermarks[i] < min) {
        min = watermarks[i];
      }
    }
    if (min > current) {
      current = min;
      return true;
    }
    return false;
  }
}
