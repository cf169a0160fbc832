package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.executor.api.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs one operator that is not keyed by hand, with a clock the test moves: {@link #advanceTime} fires the
 * processing-time timers that come due, as a task would. Everything the operator emits is recorded in order as
 * text: {@code +I[1, a]} for a row, {@code W10} for a watermark, {@code IDLE} / {@code ACTIVE} for a status.
 */
public final class OperatorHarness {
  private final Operator operator;
  private final PriorityQueue<Long> timers = new PriorityQueue<>();
  private final OperatorMetrics metrics = new OperatorMetrics();
  private final List<String> emitted = new ArrayList<>();
  private long now;
  private final Output output = new Output() {
    @Override
    public void emit(Row row) {
      emitted.add(row.toString());
    }

    @Override
    public void emitWatermark(long watermark) {
      emitted.add("W" + (watermark == Long.MAX_VALUE ? "MAX" : Long.toString(watermark)));
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
      emitted.add(status.name());
    }
  };

  private OperatorHarness(Operator operator, long startTime) throws Exception {
    this.operator = operator;
    this.now = startTime;
    ProcessingTimeService time = new ProcessingTimeService() {
      @Override
      public long currentTime() {
        return now;
      }

      @Override
      public void registerTimer(long at) {
        timers.add(at);
      }
    };
    operator.open(new OperatorContext("harness", 0, 1, 128, new Configuration())
        .withProcessingTime(time).withMetrics(metrics));
  }

  /** Opens the operator with the clock at {@code startTime}. */
  public static OperatorHarness open(Operator operator, long startTime) throws Exception {
    return new OperatorHarness(operator, startTime);
  }

  /** Feeds rows; returns what was emitted for them. */
  public List<String> process(Row... rows) throws Exception {
    emitted.clear();
    for (Row row : rows) {
      operator.processRow(row, output);
    }
    return List.copyOf(emitted);
  }

  /** Passes a watermark from upstream; returns what was emitted. */
  public List<String> watermark(long watermark) throws Exception {
    emitted.clear();
    operator.processWatermark(watermark, output);
    return List.copyOf(emitted);
  }

  /** Announces the barrier of a checkpoint; returns what the operator emitted before it. */
  public List<String> barrier(long checkpointId) throws Exception {
    emitted.clear();
    operator.prepareSnapshotPreBarrier(checkpointId, output);
    return List.copyOf(emitted);
  }

  /** Moves the clock to {@code time}, firing due timers in order; returns what was emitted. */
  public List<String> advanceTime(long time) throws Exception {
    emitted.clear();
    while (!timers.isEmpty() && timers.peek() <= time) {
      long due = timers.poll();
      now = Math.max(now, due);
      operator.onProcessingTime(due, output);
    }
    now = time;
    return List.copyOf(emitted);
  }

  public long counter(String name) {
    return metrics.counter(name).count();
  }
}
