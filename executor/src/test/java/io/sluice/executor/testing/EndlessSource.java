package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** An unbounded source of increasing longs, {@code rowsPerPoll} per call; counts opens, closes and rows. */
public final class EndlessSource implements SourceFactory {
  private final int rowsPerPoll;
  public final AtomicInteger opened = new AtomicInteger();
  public final AtomicInteger closed = new AtomicInteger();
  public final AtomicLong emitted = new AtomicLong();

  public EndlessSource(int rowsPerPoll) {
    this.rowsPerPoll = rowsPerPoll;
  }

  @Override
  public boolean isBounded() {
    return false;
  }

  @Override
  public SourceReader create() {
    return new SourceReader() {
      private long next;

      @Override
      public void open(io.sluice.executor.api.OperatorContext context) {
        opened.incrementAndGet();
      }

      @Override
      public InputStatus pollNext(Output out) {
        for (int i = 0; i < rowsPerPoll; i++) {
          emitted.incrementAndGet();
          out.emit(Row.of(next++));
        }
        return InputStatus.MORE_AVAILABLE;
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    };
  }
}
