package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.api.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sink instances of one test saw, shared by all of them: rows by subtask, watermarks, the threads they
 * ran on and their lifecycle calls. {@link #factory()} creates the sink operators.
 */
public final class SinkCollector {
  public final Map<Integer, List<Row>> rowsBySubtask = new ConcurrentHashMap<>();
  public final List<Long> watermarks = new CopyOnWriteArrayList<>();
  public final Map<Integer, Thread> threads = new ConcurrentHashMap<>();
  public final List<String> events = new CopyOnWriteArrayList<>();
  public final AtomicInteger opened = new AtomicInteger();
  public final AtomicInteger closed = new AtomicInteger();

  public OperatorFactory factory() {
    return Sink::new;
  }

  /** All rows, in no particular order across subtasks. */
  public List<Row> rows() {
    List<Row> all = new ArrayList<>();
    rowsBySubtask.values().forEach(rows -> {
      synchronized (rows) {
        all.addAll(rows);
      }
    });
    return all;
  }

  public int count() {
    return rows().size();
  }

  private final class Sink implements Operator {
    private List<Row> rows;

    @Override
    public void open(OperatorContext context) {
      opened.incrementAndGet();
      threads.put(context.subtaskIndex(), Thread.currentThread());
      rows = rowsBySubtask.computeIfAbsent(context.subtaskIndex(), s -> new ArrayList<>());
    }

    @Override
    public void processRow(Row row, Output out) {
      synchronized (rows) {
        rows.add(row);
      }
      events.add("sink.row " + row);
    }

    @Override
    public void processWatermark(long watermark, Output out) {
      watermarks.add(watermark);
    }

    @Override
    public void endInput(Output out) {
      events.add("sink.endInput");
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }
}
