package io.sluice.connectors.nexmark;

import io.sluice.common.Row;
import io.sluice.connectors.datagen.RowRandom;
import io.sluice.connectors.datagen.RowRateLimiter;
import io.sluice.executor.api.CheckpointableSource;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;

/**
 * Reads one parallel share ({@link NexmarkShare}) of one Nexmark table: walks its events, skips those of other
 * kinds without generating them, and emits a row for each of its own kind. Rows are pure functions of the event
 * number, so the reader's whole state is its position; restored to a position it continues with exactly the rows
 * that followed it.
 *
 * <p>Each {@link #pollNext} emits at most {@value #MAX_BATCH} rows; with {@code 'events.rate'} it passes no more
 * events than its part of the rate allows and returns {@link InputStatus#NOTHING_AVAILABLE} instead of sleeping.
 */
final class NexmarkSourceReader implements SourceReader, CheckpointableSource {
  static final int MAX_BATCH = 1000;

  private final NexmarkSource.Spec spec;
  private final NexmarkModel model;
  private final RowRandom random = new RowRandom();
  private final int firstOffset;
  private final int endOffset;
  private NexmarkShare share;
  private RowRateLimiter rateLimiter;
  private long position;

  NexmarkSourceReader(NexmarkSource.Spec spec) {
    this.spec = spec;
    this.model = spec.model();
    this.firstOffset = model.firstOffset(spec.table().kind());
    this.endOffset = model.endOffset(spec.table().kind());
  }

  /** Events of the reader's share passed so far, of every kind. */
  @Override
  public long position() {
    return position;
  }

  /** Makes the reader continue after {@code position} events of its share; called before {@link #open}. */
  @Override
  public void restore(long restoredPosition) {
    if (restoredPosition < 0) {
      throw new IllegalArgumentException("Negative position " + restoredPosition);
    }
    position = restoredPosition;
  }

  @Override
  public void open(OperatorContext context) {
    share = NexmarkShare.of(model.config().numEvents(), model.config().totalProportion(), context.subtaskIndex(),
        context.parallelism());
    if (position > share.endPosition()) {
      throw new IllegalStateException("Restored position " + position + " is past the end of the share of "
          + "subtask " + context.subtaskIndex() + ", " + share.endPosition() + " events");
    }
    if (spec.eventsPerSecond() > 0) {
      rateLimiter = new RowRateLimiter((double) spec.eventsPerSecond() / context.parallelism(), System.nanoTime());
    }
  }

  @Override
  public InputStatus pollNext(Output out) {
    long end = share.endPosition();
    if (rateLimiter != null) {
      int granted = rateLimiter.acquire(MAX_BATCH, System.nanoTime());
      end = Math.min(end, position + granted);
    }
    int total = share.total();
    int emitted = 0;
    while (position < end && emitted < MAX_BATCH) {
      int offset = (int) (position % total);
      if (offset < firstOffset) {
        position += firstOffset - offset;
      } else if (offset >= endOffset) {
        position += total - offset;
      } else {
        out.emit(row(share.event(position)));
        position++;
        emitted++;
      }
    }
    if (position >= share.endPosition()) {
      position = share.endPosition();
      return InputStatus.END_OF_INPUT;
    }
    return rateLimiter != null && position >= end ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
  }

  private Row row(long event) {
    random.reset(event, model.config().seed());
    Object[] values = spec.table().row(event, random, model, spec.text());
    int[] projection = spec.projection();
    if (projection == null) {
      return Row.of(values);
    }
    Object[] projected = new Object[projection.length];
    for (int i = 0; i < projection.length; i++) {
      projected[i] = values[projection[i]];
    }
    return Row.of(projected);
  }
}
