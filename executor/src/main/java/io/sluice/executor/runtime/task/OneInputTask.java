package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.common.config.CheckpointingMode;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.WatermarkStatus;
import io.sluice.executor.runtime.channel.Buffer;
import io.sluice.executor.runtime.channel.ChannelEvent;
import io.sluice.executor.runtime.channel.InputGate;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import java.util.concurrent.TimeUnit;

/**
 * A task whose chain reads channels: takes buffers from its {@link InputGate} (all inputs as one, a union, or the
 * two inputs of a {@link io.sluice.executor.api.TwoInputOperator} told apart by the channel's input index), feeds
 * their rows to the head operator and combines the channels' watermarks and statuses with a
 * {@link WatermarkTracker}. When no buffer is waiting it flushes its own outputs before it sleeps on the gate, so
 * rows never wait for input that may not come; it sleeps at most until the chain's next processing-time timer,
 * and fires due timers after every buffer. While busy it flushes at least every buffer timeout, checked once per
 * buffer. It ends when every channel has delivered its end of input.
 *
 * <p>Checkpoint barriers go to a {@link BarrierAligner}; when it says the checkpoint is aligned the task forwards
 * the barrier, snapshots its chain and acknowledges.
 */
final class OneInputTask extends Task {
  /** How long an idle task with checkpointing waits for input before it looks for a completed checkpoint. */
  private static final long NOTIFY_WAIT_MILLIS = 50;
  private final InputGate gate;
  private final WatermarkTracker watermarks;
  /** Null without checkpointing. */
  private final BarrierAligner barriers;

  OneInputTask(TaskSetup setup, TaskListener listener) {
    super(setup, listener);
    this.gate = setup.gate();
    this.watermarks = new WatermarkTracker(gate.numChannels());
    this.barriers = setup.checkpointing() == null ? null
        : new BarrierAligner(gate, setup.checkpointing().mode() == CheckpointingMode.EXACTLY_ONCE);
  }

  @Override
  void openInput() {}

  @Override
  void processInput() {
    Output[] inputs = {chain.entry(0), chain.entry(1)};
    Output out = inputs[0];
    long lastFlush = System.nanoTime();
    while (!watermarks.allEnded()) {
      checkCanceled();
      Buffer buffer = gate.poll();
      if (buffer == null) {
        chain.flush();
        buffer = take();
        lastFlush = System.nanoTime();
      }
      if (buffer != null) {
        int channel = gate.lastChannel();
        Output input = inputs[gate.inputOf(channel)];
        Row[] rows = buffer.rows();
        for (int i = 0, n = buffer.size(); i < n; i++) {
          input.emit(rows[i]);
        }
        handleEvent(buffer, channel, out);
      }
      chain.fireDueTimers();
      notifyCompletedCheckpoint();
      if (System.nanoTime() - lastFlush >= bufferTimeoutNanos) {
        chain.flush();
        lastFlush = System.nanoTime();
      }
    }
  }

  @Override
  Throwable closeInput() {
    return null;
  }

  private void handleEvent(Buffer buffer, int channel, Output out) {
    ChannelEvent event = buffer.event();
    if (event == ChannelEvent.BARRIER) {
      if (barriers.onBarrier(channel, buffer.checkpointId())) {
        checkpoint(barriers.aligning());
      }
      return;
    }
    if (event == ChannelEvent.END_OF_INPUT && barriers != null && barriers.onEndOfInput(channel)) {
      checkpoint(barriers.aligning());
    }
    boolean advanced = switch (event) {
      case WATERMARK -> watermarks.onWatermark(channel, buffer.watermark());
      case IDLE -> watermarks.onStatus(channel, WatermarkStatus.IDLE);
      case ACTIVE -> watermarks.onStatus(channel, WatermarkStatus.ACTIVE);
      case END_OF_INPUT -> watermarks.onEndOfInput(channel);
      case NONE, BARRIER -> false;
    };
    if (event == ChannelEvent.NONE) {
      return;
    }
    WatermarkStatus status = watermarks.statusChange();
    // Active before the watermark it lets through; idle after the last one.
    if (status == WatermarkStatus.ACTIVE) {
      out.emitWatermarkStatus(status);
    }
    if (advanced) {
      out.emitWatermark(watermarks.current());
    }
    if (status == WatermarkStatus.IDLE) {
      out.emitWatermarkStatus(status);
    }
  }

  /**
   * The next buffer, waiting for one at most until the next timer is due (and, with checkpointing, at most
   * {@link #NOTIFY_WAIT_MILLIS}, so that a completed checkpoint reaches idle operators soon); null if the wait
   * ended first.
   */
  private Buffer take() {
    try {
      long next = chain.nextTimerTime();
      if (setup.checkpointing() != null) {
        next = Math.min(next, System.currentTimeMillis() + NOTIFY_WAIT_MILLIS);
      }
      if (next == Long.MAX_VALUE) {
        return gate.take();
      }
      long waitMillis = Math.max(0, next - System.currentTimeMillis());
      return gate.take(TimeUnit.MILLISECONDS.toNanos(waitMillis));
    } catch (InterruptedException e) {
      throw new TaskCanceledException();
    }
  }
}
