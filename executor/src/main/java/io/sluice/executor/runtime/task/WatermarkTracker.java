package io.sluice.executor.runtime.task;

import io.sluice.executor.api.WatermarkStatus;
import java.util.Arrays;

/**
 * Combines the watermarks of a task's input channels: the task's watermark is the minimum over the latest
 * watermark of every channel that is neither ended nor idle, and it is forwarded only when it advances. A channel
 * that has sent nothing yet holds the watermark back at {@link Long#MIN_VALUE}; an ended or idle channel does not
 * hold it back (an idle channel's rows may then arrive late when it becomes active again). When every channel
 * that has not ended is idle, the task's own output becomes idle, and active again with the first active channel;
 * as in Flink, the watermark then advances to the largest any channel has sent (no channel holds it back any
 * more, and an ended source's last one is {@link Long#MAX_VALUE}). When all channels have ended nothing more is
 * forwarded (sources end with a {@link Long#MAX_VALUE} watermark).
 */
final class WatermarkTracker {
  private final long[] watermarks;
  private final boolean[] ended;
  private final boolean[] idle;
  private int openChannels;
  private long current = Long.MIN_VALUE;
  private boolean outputIdle;

  WatermarkTracker(int numChannels) {
    watermarks = new long[numChannels];
    ended = new boolean[numChannels];
    idle = new boolean[numChannels];
    openChannels = numChannels;
    Arrays.fill(watermarks, Long.MIN_VALUE);
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

  /** Records a channel's status; true if the combined watermark advanced because of it. */
  boolean onStatus(int channel, WatermarkStatus status) {
    idle[channel] = status == WatermarkStatus.IDLE;
    return advance();
  }

  /**
   * The task's new output status if it changed since the last call, else null: IDLE when every channel that has
   * not ended is idle, ACTIVE when one of them is active again.
   */
  WatermarkStatus statusChange() {
    boolean nowIdle = openChannels > 0 && activeChannels() == 0;
    if (nowIdle == outputIdle) {
      return null;
    }
    outputIdle = nowIdle;
    return nowIdle ? WatermarkStatus.IDLE : WatermarkStatus.ACTIVE;
  }

  boolean allEnded() {
    return openChannels == 0;
  }

  /** The last combined watermark forwarded, or {@link Long#MIN_VALUE} if none yet. */
  long current() {
    return current;
  }

  private int activeChannels() {
    int active = 0;
    for (int i = 0; i < watermarks.length; i++) {
      if (!ended[i] && !idle[i]) {
        active++;
      }
    }
    return active;
  }

  private boolean advance() {
    if (openChannels == 0) {
      return false;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean anyActive = false;
    for (int i = 0; i < watermarks.length; i++) {
      max = Math.max(max, watermarks[i]);
      if (!ended[i] && !idle[i]) {
        anyActive = true;
        min = Math.min(min, watermarks[i]);
      }
    }
    long combined = anyActive ? min : max;
    if (combined > current) {
      current = combined;
      return true;
    }
    return false;
  }
}
