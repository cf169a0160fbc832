package io.sluice.executor.operators.join;

import io.sluice.common.Row;
import io.sluice.executor.api.LookupFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lookup join: each input row's key values are looked up in an external table ({@link LookupFunction}), and the
 * row is emitted joined with every returned row that satisfies the condition, keeping its change kind; for a LEFT
 * join a row without one is emitted padded with NULLs. Nothing is kept in keyed state.
 *
 * <p>With {@link AsyncLookup#threads} above 0, lookups run on a pool of that many threads so that one slow query
 * does not hold up the rows behind it: each row's lookup is queued as a future ({@code inFlight}), and completed
 * ones are emitted on the operator's thread — from the head of the queue while it is done when ordered, any done
 * one otherwise — after every row and on a processing-time timer that polls while lookups are in flight. At
 * {@link AsyncLookup#capacity} lookups in flight the operator waits for the oldest. A watermark, a checkpoint
 * barrier and the end of input wait for every lookup in flight, so no row is emitted behind a watermark that
 * passed it, and none is lost when the job restarts from a checkpoint (its input row is not replayed). A key with a
 * NULL value matches nothing and is not looked up.
 */
public final class LookupJoinOperator implements Operator {
  /** How often completed lookups are polled for while the input is quiet, in milliseconds. */
  static final long POLL_INTERVAL_MS = 5;

  /** A row and its lookup. */
  private record Pending(Row row, CompletableFuture<List<Object[]>> result) {}

  private static final AtomicInteger POOL_IDS = new AtomicInteger();
  private final LookupJoinSpec spec;
  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private LookupFunction function;
  private ExecutorService pool;
  private ProcessingTimeService processingTime;
  private boolean pollScheduled;

  public LookupJoinOperator(LookupJoinSpec spec) {
    this.spec = spec;
  }

  @Override
  public void open(OperatorContext context) throws Exception {
    function = spec.function().get();
    function.open();
    processingTime = context.processingTime();
    if (spec.async().threads() > 0) {
      String name = "lookup-" + POOL_IDS.incrementAndGet() + "-" + context.operatorName();
      AtomicInteger threadIds = new AtomicInteger();
      pool = Executors.newFixedThreadPool(spec.async().threads(), task -> {
        Thread thread = new Thread(task, name + "-" + threadIds.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
  }

  @Override
  public void processRow(Row row, Output out) throws Exception {
    Object[] keys = new Object[spec.inputKeys().length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = row.field(spec.inputKeys()[i]);
      if (keys[i] == null) {
        emit(row, List.of(), out);
        return;
      }
    }
    if (pool == null) {
      emit(row, function.lookup(keys), out);
      return;
    }
    if (inFlight.size() >= spec.async().capacity()) {
      Pending oldest = inFlight.poll();
      emit(oldest.row(), await(oldest), out);
    }
    inFlight.add(new Pending(row, CompletableFuture.supplyAsync(() -> lookup(keys), pool)));
    emitCompleted(out);
  }

  @Override
  public void processWatermark(long watermark, Output out) throws Exception {
    emitAll(out);
    out.emitWatermark(watermark);
  }

  /** A checkpoint restores no lookup in flight, and their rows come before the barrier: emit them first. */
  @Override
  public void prepareSnapshotPreBarrier(long checkpointId, Output out) throws Exception {
    emitAll(out);
  }

  @Override
  public void onProcessingTime(long time, Output out) throws Exception {
    pollScheduled = false;
    emitCompleted(out);
  }

  @Override
  public void endInput(Output out) throws Exception {
    emitAll(out);
  }

  @Override
  public void close() throws Exception {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (function != null) {
      function.close();
    }
  }

  private List<Object[]> lookup(Object[] keys) {
    try {
      return function.lookup(keys);
    } catch (Exception e) {
      throw new LookupFailedException(e);
    }
  }

  private void emitCompleted(Output out) throws Exception {
    if (spec.async().ordered()) {
      while (!inFlight.isEmpty() && inFlight.peek().result().isDone()) {
        Pending head = inFlight.poll();
        emit(head.row(), await(head), out);
      }
    } else {
      for (Iterator<Pending> it = inFlight.iterator(); it.hasNext(); ) {
        Pending pending = it.next();
        if (pending.result().isDone()) {
          it.remove();
          emit(pending.row(), await(pending), out);
        }
      }
    }
    if (!inFlight.isEmpty() && !pollScheduled) {
      pollScheduled = true;
      processingTime.registerTimer(processingTime.currentTime() + POLL_INTERVAL_MS);
    }
  }

  private void emitAll(Output out) throws Exception {
    while (!inFlight.isEmpty()) {
      Pending head = inFlight.poll();
      emit(head.row(), await(head), out);
    }
  }

  private static List<Object[]> await(Pending pending) throws Exception {
    try {
      return pending.result().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof LookupFailedException failed ? failed.getCause() : e.getCause();
      throw cause instanceof Exception exception ? exception : e;
    }
  }

  private void emit(Row row, List<Object[]> found, Output out) {
    boolean matched = false;
    for (Object[] tableRow : found) {
      if (spec.condition().test(row.fields(), tableRow)) {
        matched = true;
        out.emit(new Row(row.kind(), JoinedRows.joined(0, row.fields(), tableRow)));
      }
    }
    if (!matched && spec.leftOuter()) {
      out.emit(new Row(row.kind(), JoinedRows.padded(0, row.fields(), spec.tableType().arity())));
    }
  }

  /** Carries a lookup's checked exception out of the pool. */
  private static final class LookupFailedException extends RuntimeException {
    LookupFailedException(Exception cause) {
      super(cause);
    }
  }
}
