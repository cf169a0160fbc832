package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded, checkpointable source of the longs {@code 0 .. count-1} (or endless with {@code Long.MAX_VALUE}):
 * subtask {@code s} of {@code p} emits {@code n} with {@code n % p == s}, {@code rowsPerPoll} per call, pausing
 * {@code pauseMicros} after each call so that checkpoints fall in the middle of the input. Its position is the
 * number of rows it emitted.
 */
public final class ReplayableSource implements SourceFactory {
  private final long count;
  private final int rowsPerPoll;
  private final long pauseMicros;
  /** How many readers were restored to a position other than 0. */
  public final AtomicInteger restoredMidway = new AtomicInteger();

  public ReplayableSource(long count, int rowsPerPoll, long pauseMicros) {
    this.count = count;
    this.rowsPerPoll = rowsPerPoll;
    this.pauseMicros = pauseMicros;
  }

  @Override
  public SourceReader create() {
    return new Reader();
  }

  private final class Reader implements SourceReader, CheckpointedFunction {
    private long emitted;
    private long subtask;
    private long step;

    @Override
    public byte[] snapshotState(long checkpointId) {
      return ByteBuffer.allocate(Long.BYTES).putLong(emitted).array();
    }

    /** Only at the same parallelism: each reader takes back the count it emitted. */
    @Override
    public void initializeState(RestoredState state) {
      emitted = ByteBuffer.wrap(state.assigned().get(0)).getLong();
      if (emitted > 0) {
        restoredMidway.incrementAndGet();
      }
    }

    @Override
    public void open(OperatorContext context) {
      subtask = context.subtaskIndex();
      step = context.parallelism();
    }

    @Override
    public InputStatus pollNext(Output out) {
      for (int i = 0; i < rowsPerPoll && next() < count; i++) {
        out.emit(Row.of(next()));
        emitted++;
      }
      if (pauseMicros > 0) {
        LockSupport.parkNanos(pauseMicros * 1000);
      }
      return next() < count ? InputStatus.MORE_AVAILABLE : InputStatus.END_OF_INPUT;
    }

    private long next() {
      return subtask + emitted * step;
    }
  }
}
