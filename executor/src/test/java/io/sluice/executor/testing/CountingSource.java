package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded source of the longs {@code 0 .. count-1}, each emitted once as a one-field row: subtask {@code s}
 * of {@code p} emits the numbers {@code n} with {@code n % p == s}, {@code rowsPerPoll} per call.
 */
public final class CountingSource implements SourceFactory {
  private final long count;
  private final int rowsPerPoll;
  public final AtomicInteger opened = new AtomicInteger();
  public final AtomicInteger closed = new AtomicInteger();

  public CountingSource(long count, int rowsPerPoll) {
    this.count = count;
    this.rowsPerPoll = rowsPerPoll;
  }

  public CountingSource(long count) {
    this(count, 100);
  }

  @Override
  public SourceReader create() {
    return new Reader();
  }

  private final class Reader implements SourceReader {
    private long next;
    private int step;

    @Override
    public void open(OperatorContext context) {
      opened.incrementAndGet();
      next = context.subtaskIndex();
      step = context.parallelism();
    }

    @Override
    public InputStatus pollNext(Output out) {
      for (int i = 0; i < rowsPerPoll && next < count; i++) {
        out.emit(Row.of(next));
        next += step;
      }
      return next < count ? InputStatus.MORE_AVAILABLE : InputStatus.END_OF_INPUT;
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }
}
