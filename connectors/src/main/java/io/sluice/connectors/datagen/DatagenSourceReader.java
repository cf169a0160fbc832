package io.sluice.connectors.datagen;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.SourceReader;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.OperatorStateStore;
import io.sluice.state.serde.ListSerializer;
import io.sluice.state.serde.PrimitiveSerializer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
 * <p>The reader's state is the list of row ranges {@code [next, end)} it has still to generate: its share when it
 * starts fresh, whatever it took over from a checkpoint otherwise. The ranges are operator list state ({@value
 * #RANGES_STATE}), so on restore at another parallelism they are split among the new readers, each range to
 * exactly one, and every remaining row is still generated exactly once (a range is not cut: after a scale-up
 * some readers may have nothing to do).
 *
 * <p>Each {@link #pollNext} emits at most {@value #MAX_BATCH} rows, and fewer when that would exceed the
 * subtask's part of {@code rows-per-second}; then it returns {@link InputStatus#NOTHING_AVAILABLE} instead of
 * sleeping. The call that emits the last row of the share returns {@link InputStatus#END_OF_INPUT}.
 */
public final class DatagenSourceReader implements SourceReader, CheckpointedFunction {
  /** The most rows one call to {@link #pollNext} emits. */
  static final int MAX_BATCH = 1000;
  /** The name of the list state of row ranges, each a list {@code [next, end]}. */
  static final String RANGES_STATE = "row-ranges";
  private static final ListStateDescriptor<List<Long>> RANGES =
      new ListStateDescriptor<>(RANGES_STATE, new ListSerializer<>(PrimitiveSerializer.LONG));

  private final DatagenSpec spec;
  private final DatagenClock clock;
  private final FieldGenerator[] fields;
  private final RowRandom random = new RowRandom();
  /** The ranges {@code [next, end)} still to generate, the current one first; set when opened. */
  private Deque<long[]> ranges;
  private ListState<List<Long>> rangesState;
  private RowRateLimiter rateLimiter;

  DatagenSourceReader(DatagenSpec spec, DatagenClock clock) {
    this.spec = spec;
    this.clock = clock;
    this.fields = spec.fields().toArray(new FieldGenerator[0]);
  }

  /** Writes the ranges still to generate into the list state; nothing else to write. */
  @Override
  public byte[] snapshotState(long checkpointId) {
    List<List<Long>> remaining = new ArrayList<>(ranges.size());
    for (long[] range : ranges) {
      if (range[0] < range[1]) {
        remaining.add(List.of(range[0], range[1]));
      }
    }
    rangesState.update(remaining);
    return null;
  }

  @Override
  public void open(OperatorContext context) {
    OperatorStateStore store = context.operatorState();
    rangesState = store.getListState(RANGES);
    ranges = new ArrayDeque<>();
    if (store.isRestored()) {
      for (List<Long> range : rangesState.get()) {
        long next = range.get(0);
        long end = range.get(1);
        if (range.size() != 2 || next < 0 || next > end || end > spec.rowCount()) {
          throw new IllegalStateException("Restored row range " + range + " is not within the table's "
              + spec.rowCount() + " rows");
        }
        ranges.add(new long[] {next, end});
      }
    } else {
      SubtaskShare share = SubtaskShare.of(spec.rowCount(), context.subtaskIndex(), context.parallelism());
      ranges.add(new long[] {share.first(), share.first() + share.count()});
    }
    rateLimiter = new RowRateLimiter((double) spec.rowsPerSecond() / context.parallelism(), clock.nanoTime());
  }

  @Override
  public InputStatus pollNext(Output out) {
    while (!ranges.isEmpty() && ranges.peekFirst()[0] == ranges.peekFirst()[1]) {
      ranges.removeFirst();
    }
    if (ranges.isEmpty()) {
      return InputStatus.END_OF_INPUT;
    }
    long[] range = ranges.peekFirst();
    int wanted = (int) Math.min(MAX_BATCH, range[1] - range[0]);
    int granted = rateLimiter.acquire(wanted, clock.nanoTime());
    long nowMillis = clock.currentTimeMillis();
    for (long end = range[0] + granted; range[0] < end; range[0]++) {
      out.emit(row(range[0], nowMillis));
    }
    if (range[0] == range[1] && ranges.size() == 1) {
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
