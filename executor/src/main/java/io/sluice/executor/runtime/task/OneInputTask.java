package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;
import io.sluice.executor.runtime.channel.Buffer;
import io.sluice.executor.runtime.channel.ChannelEvent;
import io.sluice.executor.runtime.channel.InputGate;
import io.sluice.executor.runtime.channel.TaskCanceledException;

/**
 * A task whose chain reads channels: takes buffers from its {@link InputGate} (all inputs as one, a union), feeds
 * their rows to the head operator and combines the channels' watermarks with a {@link WatermarkTracker}. When no
 * buffer is waiting it flushes its own outputs before it sleeps on the gate, so rows never wait for input that
 * may not come; while busy it flushes at least every buffer timeout, checked once per buffer. It ends when every
 * channel has delivered its end of input.
 */
final class OneInputTask extends Task {
  private final InputGate gate;
  private final WatermarkTracker watermarks;

  OneInputTask(TaskSetup setup, TaskListener listener) {
    super(setup, listener);
    this.gate = setup.gate();
    this.watermarks = new WatermarkTracker(gate.numChannels());
  }

  @Override
  void openInput() {}

  @Override
  void processInput() {
    Output out = chain.entry();
    long lastFlush = System.nanoTime();
    while (!watermarks.allEnded()) {
      checkCanceled();
      Buffer buffer = gate.poll();
      if (buffer == null) {
        chain.flush();
        buffer = take();
        lastFlush = System.nanoTime();
      }
      Row[] rows = buffer.rows();
      for (int i = 0, n = buffer.size(); i < n; i++) {
        out.emit(rows[i]);
      }
      handleEvent(buffer, gate.lastChannel(), out);
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
    boolean advanced = false;
    if (event == ChannelEvent.WATERMARK) {
      advanced = watermarks.onWatermark(channel, buffer.watermark());
    } else if (event == ChannelEvent.END_OF_INPUT) {
      advanced = watermarks.onEndOfInput(channel);
    }
    if (advanced) {
      out.emitWatermark(watermarks.current());
    }
  }

  private Buffer take() {
    try {
      return gate.take();
    } catch (InterruptedException e) {
      throw new TaskCanceledException();
    }
  }
}
