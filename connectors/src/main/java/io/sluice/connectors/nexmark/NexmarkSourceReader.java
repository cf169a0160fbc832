package io.sluice.connectors.nexmark;

import io.sluice.common.Row;
import io.sluice.connectors.datagen.RowRandom;
import io.sluice.connectors.datagen.RowRateLimiter;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one parallel share ({@link NexmarkShare}) of one Nexmark table: walks its events, skips those of other
 * kinds without generating them, and emits a row for each of its own kind. Rows are pure functions of the event
 * number, so the reader's whole state is its position in its share; restored, it continues with exactly the rows
 * that followed it.
 *
 * <p>Restored at another parallelism, a reader takes over the shares of the old readers assigned to it
 * ({@link RestoredState}) and reads them together, always the one whose next event comes first, so its rows stay
 * in event-time order; a reader assigned none generates nothing.
 *
 * <p>Each {@link #pollNext} emits at most {@value #MAX_BATCH} rows; with {@code 'events.rate'} it passes no more
 * events than its part of the rate allows and returns {@link InputStatus#NOTHING_AVAILABLE} instead of sleeping.
 */
final class NexmarkSourceReader implements SourceReader, CheckpointedFunction {
  static final int MAX_BATCH = 1000;

  private final NexmarkSource.Spec spec;
  private final NexmarkModel model;
  private final RowRandom random = new RowRandom();
  private final int firstOffset;
  private final int endOffset;
  /** The shares this reader reads, null until it is opened or restored. */
  private NexmarkShare[] shares;
  private long[] positions;
  private RowRateLimiter rateLimiter;

  NexmarkSourceReader(NexmarkSource.Spec spec) {
    this.spec = spec;
    this.model = spec.model();
    this.firstOffset = model.firstOffset(spec.table().kind());
    this.endOffset = model.endOffset(spec.table().kind());
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    List<NexmarkReaderState.Cursor> cursors = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      cursors.add(new NexmarkReaderState.Cursor(shares[i].subtask(), shares[i].parallelism(), positions[i]));
    }
    return NexmarkReaderState.encode(cursors);
  }

  @Override
  public void initializeState(RestoredState state) {
    List<NexmarkReaderState.Cursor> cursors = new ArrayList<>();
    for (byte[] bytes : state.assigned()) {
      cursors.addAll(NexmarkReaderState.decode(bytes));
    }
    shares = new NexmarkShare[cursors.size()];
    positions = new long[cursors.size()];
    for (int i = 0; i < shares.length; i++) {
      NexmarkReaderState.Cursor cursor = cursors.get(i);
      shares[i] = share(cursor.subtask(), cursor.parallelism());
      if (cursor.position() < 0 || cursor.position() > shares[i].endPosition()) {
        throw new IllegalStateException("Restored position " + cursor.position() + " is outside the share of "
            + "subtask " + cursor.subtask() + " of " + cursor.parallelism());
      }
      positions[i] = cursor.position();
    }
  }

  @Override
  public void open(OperatorContext context) {
    if (shares == null) {
      shares = new NexmarkShare[] {share(context.subtaskIndex(), context.parallelism())};
      positions = new long[1];
    }
    if (spec.eventsPerSecond() > 0) {
      rateLimiter = new RowRateLimiter((double) spec.eventsPerSecond() / context.parallelism(), System.nanoTime());
    }
  }

  @Override
  public InputStatus pollNext(Output out) {
    int budget = rateLimiter == null ? Integer.MAX_VALUE : rateLimiter.acquire(MAX_BATCH, System.nanoTime());
    int emitted = 0;
    while (emitted < MAX_BATCH && budget > 0) {
      int next = nextShare();
      if (next < 0) {
        return InputStatus.END_OF_INPUT;
      }
      NexmarkShare share = shares[next];
      long position = positions[next];
      int offset = (int) (position % share.total());
      if (offset < firstOffset || offset >= endOffset) {
        // Events of other kinds: skipped without generating them, but they count against the rate.
        long skipTo = position + (offset < firstOffset ? firstOffset : share.total()) - offset;
        positions[next] = Math.min(share.endPosition(), skipTo);
        budget -= (int) (positions[next] - position);
      } else {
        out.emit(row(share.event(position)));
        positions[next] = position + 1;
        emitted++;
        budget--;
      }
    }
    if (nextShare() < 0) {
      return InputStatus.END_OF_INPUT;
    }
    return budget <= 0 ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
  }

  /** The unfinished share whose next event comes first, or -1 if all are read. */
  private int nextShare() {
    int best = -1;
    long bestEvent = Long.MAX_VALUE;
    for (int i = 0; i < shares.length; i++) {
      if (positions[i] < shares[i].endPosition()) {
        long event = shares[i].event(positions[i]);
        if (event < bestEvent) {
          best = i;
          bestEvent = event;
        }
      }
    }
    return best;
  }

  private NexmarkShare share(int subtask, int parallelism) {
    return NexmarkShare.of(model.config().numEvents(), model.config().totalProportion(), subtask, parallelism);
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
