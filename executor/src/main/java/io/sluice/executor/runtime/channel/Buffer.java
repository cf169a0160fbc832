package io.sluice.executor.runtime.channel;

import io.sluice.common.Row;

/**
 * A batch of rows handed from a producer to a consumer in one step, optionally followed by an event. Batching
 * is what keeps the cost of a channel (a lock, a signal) per buffer instead of per row; putting events at the end
 * of a buffer keeps them in order with the rows without a per-row type check.
 *
 * <p>Immutable once sent: the producer hands the array over and does not touch it again.
 */
public final class Buffer {
  private static final Row[] NO_ROWS = new Row[0];

  private final Row[] rows;
  private final int size;
  private final ChannelEvent event;
  private final long watermark;

  private Buffer(Row[] rows, int size, ChannelEvent event, long watermark) {
    this.rows = rows;
    this.size = size;
    this.event = event;
    this.watermark = watermark;
  }

  /** The first {@code size} elements of {@code rows}, which the buffer now owns. */
  public static Buffer ofRows(Row[] rows, int size) {
    return new Buffer(rows, size, ChannelEvent.NONE, 0);
  }

  /** The first {@code size} elements of {@code rows} (possibly none), then {@code event}. */
  public static Buffer withEvent(Row[] rows, int size, ChannelEvent event, long watermark) {
    return new Buffer(size == 0 ? NO_ROWS : rows, size, event, watermark);
  }

  /** The backing array; only the first {@link #size()} elements are rows of this buffer. */
  public Row[] rows() {
    return rows;
  }

  public int size() {
    return size;
  }

  public ChannelEvent event() {
    return event;
  }

  /** The checkpoint id when {@link #event()} is {@link ChannelEvent#BARRIER}. */
  public long checkpointId() {
    return watermark;
  }

  /** The watermark when {@link #event()} is {@link ChannelEvent#WATERMARK}. */
  public long watermark() {
    return watermark;
  }
}
