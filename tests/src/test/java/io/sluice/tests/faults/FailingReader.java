package io.sluice.tests.faults;

import io.sluice.common.Row;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.api.WatermarkStatus;
import java.util.Set;

/** Passes a reader's rows on, throwing once per value of {@code failAt} that {@code fired} does not hold yet. */
final class FailingReader implements SourceReader, CheckpointedFunction, CheckpointListener {
  private final SourceReader inner;
  private final Set<Long> failAt;
  private final Set<Long> fired;

  FailingReader(SourceReader inner, Set<Long> failAt, Set<Long> fired) {
    this.inner = inner;
    this.failAt = failAt;
    this.fired = fired;
  }

  @Override
  public void open(OperatorContext context) throws Exception {
    inner.open(context);
  }

  @Override
  public InputStatus pollNext(Output out) throws Exception {
    return inner.pollNext(new Output() {
      @Override
      public void emit(Row row) {
        Object first = row.field(0);
        if (first instanceof Long value && failAt.contains(value) && fired.add(value)) {
          throw new IllegalStateException("Injected failure at row " + value);
        }
        out.emit(row);
      }

      @Override
      public void emitWatermark(long watermark) {
        out.emitWatermark(watermark);
      }

      @Override
      public void emitWatermarkStatus(WatermarkStatus status) {
        out.emitWatermarkStatus(status);
      }
    });
  }

  @Override
  public byte[] snapshotState(long checkpointId) throws Exception {
    return inner instanceof CheckpointedFunction function ? function.snapshotState(checkpointId) : null;
  }

  @Override
  public void initializeState(RestoredState state) throws Exception {
    if (inner instanceof CheckpointedFunction function) {
      function.initializeState(state);
    }
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) throws Exception {
    if (inner instanceof CheckpointListener listener) {
      listener.notifyCheckpointComplete(checkpointId);
    }
  }

  @Override
  public void close() throws Exception {
    inner.close();
  }
}
