package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.api.Output;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small operators for runtime tests. */
public final class Operators {
  private Operators() {}

  /** Forwards everything; records the thread of each subtask under {@code name}. */
  public static OperatorFactory recordingThread(String name, Map<String, Thread> threads) {
    return () -> new Operator() {
      @Override
      public void open(OperatorContext context) {
        threads.put(name + "/" + context.subtaskIndex(), Thread.currentThread());
      }

      @Override
      public void processRow(Row row, Output out) {
        out.emit(row);
      }
    };
  }

  /**
   * Forwards rows and logs them to {@code events} as {@code "<name>.row <row>"}; at end of input logs
   * {@code "<name>.endInput"} and emits the row {@code [<name>-end]}.
   */
  public static OperatorFactory emittingAtEnd(String name, List<String> events) {
    return () -> new Operator() {
      @Override
      public void processRow(Row row, Output out) {
        events.add(name + ".row " + row);
        out.emit(row);
      }

      @Override
      public void endInput(Output out) {
        events.add(name + ".endInput");
        out.emit(Row.of(name + "-end"));
      }
    };
  }

  /** Forwards rows; subtask 0 throws {@code failure} at its {@code failAt}-th row. Counts opens and closes. */
  public static OperatorFactory failing(int failAt, Exception failure, AtomicInteger opened, AtomicInteger closed) {
    return () -> new Operator() {
      private int subtask;
      private int seen;

      @Override
      public void open(OperatorContext context) {
        opened.incrementAndGet();
        subtask = context.subtaskIndex();
      }

      @Override
      public void processRow(Row row, Output out) throws Exception {
        if (subtask == 0 && ++seen == failAt) {
          throw failure;
        }
        out.emit(row);
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    };
  }

  /** Forwards everything and counts opens and closes. */
  public static OperatorFactory counting(AtomicInteger opened, AtomicInteger closed) {
    return () -> new Operator() {
      @Override
      public void open(OperatorContext context) {
        opened.incrementAndGet();
      }

      @Override
      public void processRow(Row row, Output out) {
        out.emit(row);
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    };
  }
}
