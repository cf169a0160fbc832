package io.sluice.executor.runtime.channel;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.WatermarkStatus;
import io.sluice.executor.graph.Exchange;
import java.util.Arrays;

/**
 * The network output of one producer instance for one edge: partitions rows over the edge's channels and batches them
 * into buffers of up to {@code bufferSize} rows, one pending buffer per channel.
 *
 * <p>A pending buffer is sent when it is full, before a watermark or watermark status (which go to every channel), at
 * end of input, and when the owning task calls {@link #flush} — which it does before it waits for input and when the
 * buffer timeout has passed. Sending blocks while the target channel is full; that is the backpressure.
 *
 * <p>Not thread-safe: used by the producer's thread only.
 */
public final class ChannelWriter implements Output {
  private final Channel[] channels;
  private final Partitioner partitioner;
  private final int bufferSize;
  private final Row[][] pending;
  private final int[] counts;

  /**
   * @param channels the producer's channels for this edge, indexed as the partitioner selects them
   * @param partitioner picks a channel per row; null for a broadcast (every row to every channel)
   */
  public ChannelWriter(Channel[] channels, Partitioner partitioner, int bufferSize) {
    if (bufferSize <= 0) {
      throw new IllegalArgumentException("Buffer size must be greater than 0, got " + bufferSize);
    }
    this.channels = channels.clone();
    this.partitioner = partitioner;
    this.bufferSize = bufferSize;
    this.pending = new Row[channels.length][bufferSize];
    this.counts = new int[channels.length];
  }

  /** A writer for one producer instance of an edge with the given exchange. */
  public static ChannelWriter create(
      Channel[] channels, Exchange exchange, int producerSubtask, int maxParallelism, int bufferSize) {
    Partitioner partitioner = exchange.kind() == Exchange.Kind.BROADCAST
        ? null
        : Partitioner.create(exchange, producerSubtask, channels.length, maxParallelism);
    return new ChannelWriter(channels, partitioner, bufferSize);
  }

  @Override
  public void emit(Row row) {
    if (partitioner != null) {
      append(partitioner.select(row), row);
    } else {
      for (int channel = 0; channel < channels.length; channel++) {
        append(channel, row);
      }
    }
  }

  /** Sends the pending rows of every channel followed by the watermark. */
  @Override
  public void emitWatermark(long watermark) {
    for (int channel = 0; channel < channels.length; channel++) {
      sendPending(channel, ChannelEvent.WATERMARK, watermark);
    }
  }

  /** Sends the pending rows of every channel followed by the status. */
  @Override
  public void emitWatermarkStatus(WatermarkStatus status) {
    ChannelEvent event = status == WatermarkStatus.IDLE ? ChannelEvent.IDLE : ChannelEvent.ACTIVE;
    for (int channel = 0; channel < channels.length; channel++) {
      sendPending(channel, event, 0);
    }
  }

  /** Sends the pending rows of every channel followed by the barrier of checkpoint {@code checkpointId}. */
  public void emitBarrier(long checkpointId) {
    for (int channel = 0; channel < channels.length; channel++) {
      sendPending(channel, ChannelEvent.BARRIER, checkpointId);
    }
  }

  /** Sends every non-empty pending buffer. */
  public void flush() {
    for (int channel = 0; channel < channels.length; channel++) {
      if (counts[channel] > 0) {
        sendPending(channel, ChannelEvent.NONE, 0);
      }
    }
  }

  /** Sends the pending rows of every channel followed by the end of input; the writer is not used again. */
  public void endInput() {
    for (int channel = 0; channel < channels.length; channel++) {
      sendPending(channel, ChannelEvent.END_OF_INPUT, 0);
    }
  }

  private void append(int channel, Row row) {
    Row[] rows = pending[channel];
    int count = counts[channel];
    rows[count++] = row;
    if (count < bufferSize) {
      counts[channel] = count;
      return;
    }
    // A full buffer is handed over as is; the next rows go to a fresh array.
    pending[channel] = new Row[bufferSize];
    counts[channel] = 0;
    send(channel, Buffer.ofRows(rows, count));
  }

  private void sendPending(int channel, ChannelEvent event, long watermark) {
    int count = counts[channel];
    Row[] rows = pending[channel];
    // A partly filled buffer is copied so the big array stays with the writer.
    Row[] sent = count == 0 ? rows : Arrays.copyOf(rows, count);
    Arrays.fill(rows, 0, count, null);
    counts[channel] = 0;
    send(channel, Buffer.withEvent(sent, count, event, watermark));
  }

  private void send(int channel, Buffer buffer) {
    try {
      channels[channel].send(buffer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaskCanceledException();
    }
  }
}
