package io.sluice.connectors.datagen;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.CheckpointableSource;
import io.sluice.executor.api.SourceReader;

/**
 * Reads one parallel share of a {@code datagen} table.
 *
 * <p>Row {@code i} of the table (counting from 0) is a function of {@code i} alone: a sequence field holds
 * {@code start + i}, and a random field draws from a {@link RowRandom} seeded with {@code i} and the field's
 * index. Subtask {@code k} of {@code n} generates the contiguous rows {@link SubtaskShare#of
 * SubtaskShare.of(rowCount, k, n)}, so the subtasks together generate every row of the table exactly once and
 * the table's content does not depend on the parallelism. The one exception is dates and times, which are
 * relative to the wall clock when the row is generated, as in Flink.
 *
 * <p>The reader's {@link #position()} is the number of rows it has emitted. A reader {@link #restore restored}
 * to a position continues with exactly the rows that would have followed it.
 *
 * <p>Each {@link #pollNext} emits at most {@value #MAX_BATCH} rows, and fewer when that would exceed the
 * subtask's part of {@code rows-per-second}; then it returns {@link InputStatus#NOTHING_AVAILABLE} instead of
 * sleeping. The call that emits the last row of the share returns {@link InputStatus#END_OF_INPUT}.
 */
public final class DatagenSourceReader implements SourceReader, CheckpointableSource {
  /** The most rows one call to {@link #pollNext} emits. */
  static final int MAX_BATCH = 1000;

  private final DatagenSpec spec;
  private final DatagenClock clock;
  private final FieldGenerator[] fields;
  private final RowRandom random = new RowRandom();
  private SubtaskShare share;
  private RowRateLimiter rateLimiter;
  private long position;

  DatagenSourceReader(DatagenSpec spec, DatagenClock clock) {
    this.spec = spec;
    this.clock = clock;
    this.fields = spec.fields().toArray(new FieldGenerator[0]);
  }

  /** The number of rows of its share this reader has emitted, including those before a restore. */
  @Override
  public long position() {
    return position;
  }

  /**
   * Makes the reader continue after the first {@code position} rows of its share, as a reader of the same
   * subtask and parallelism that had emitted them. Called before {@link #open}.
   */
  @Override
  public void restore(long restoredPosition) {
    if (restoredPosition < 0) {
      throw new IllegalArgumentException("Negative position " + restoredPosition);
    }
    this.position = restoredPosition;
  }

  @Override
  public void open(OperatorContext context) {
    share = SubtaskShare.of(spec.rowCount(), context.subtaskIndex(), context.parallelism());
    if (position > share.count()) {
      throw new IllegalStateException("Restored position " + position + " is past the end of the share of "
          + "subtask " + context.subtaskIndex() + ", " + share.count() + " rows");
    }
    rateLimiter = new RowRateLimiter((double) spec.rowsPerSecond() / context.parallelism(), clock.nanoTime());
  }

  @Override
  public InputStatus pollNext(Output out) {
    long remaining = share.count() - position;
    if (remaining <= 0) {
      return InputStatus.END_OF_INPUT;
    }
    int wanted = (int) Math.min(MAX_BATCH, remaining);
    int granted = rateLimiter.acquire(wanted, clock.nanoTime());
    long nowMillis = clock.currentTimeMillis();
    for (long end = position + granted; position < end; position++) {
      out.emit(row(share.first() + position, nowMillis));
    }
    if (position == share.count()) {
      return InputStatus.END_OF_INPUT;
    }
    return granted < wanted ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
  }

  private Row row(long rowIndex, long nowMillis) {
    Object[] values = new Object[fields.length];
    for (int f = 0; f < fields.length; f++) {
      random.reset(rowIndex, f);
      values[f] = fields[f].generate(rowIndex, random, nowMillis);
    }
    return Row.of(values);
  }
}
