package io.sluice.shell;

import io.sluice.common.Row;
import io.sluice.engine.JobProgress;
import io.sluice.engine.QueryHandle;
import io.sluice.engine.StatementResult;
import io.sluice.shell.print.ResultPrinter;
import java.time.Duration;

/**
 * Prints a running query's rows as they arrive, until its result ends or it is cancelled. Polling with a short
 * timeout, rather than waiting for the next row, keeps a cancel from another thread (Ctrl-C) noticed within
 * {@link #POLL_TIMEOUT} even when no row comes; between polls the job's progress is handed to a
 * {@link ProgressListener} every {@link #PROGRESS_INTERVAL}, and once more at the end.
 */
public final class QueryStream {
  static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
  static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

  /** Told how the query's job is doing, on the reading thread. */
  @FunctionalInterface
  public interface ProgressListener {
    ProgressListener NONE = progress -> {};

    void progress(JobProgress progress);
  }

  private final StatementResult.Query query;
  private final ResultPrinter printer;
  private final ProgressListener listener;
  private volatile boolean cancelled;

  public QueryStream(StatementResult.Query query, ResultPrinter printer) {
    this(query, printer, ProgressListener.NONE);
  }

  public QueryStream(StatementResult.Query query, ResultPrinter printer, ProgressListener listener) {
    this.query = query;
    this.printer = printer;
    this.listener = listener;
  }

  /**
   * Prints the header, each row as soon as it is read, then the footer, and closes the query's handle. Called
   * once.
   *
   * @return how many rows were printed
   * @throws io.sluice.common.SluiceException if the job failed; the footer is printed first
   */
  public long run() throws InterruptedException {
    printer.beginRows(query.columns());
    long rowCount = 0;
    long nextProgress = System.nanoTime();
    try (QueryHandle handle = query.handle()) {
      try {
        while (!cancelled && !handle.isEnded()) {
          Row row = handle.poll(POLL_TIMEOUT);
          if (row != null && !cancelled) {
            printer.printRow(row);
            rowCount++;
          }
          if (System.nanoTime() - nextProgress >= 0) {
            listener.progress(handle.progress());
            nextProgress = System.nanoTime() + PROGRESS_INTERVAL.toNanos();
          }
        }
      } finally {
        listener.progress(handle.progress());
      }
    } finally {
      printer.endRows(rowCount);
    }
    return rowCount;
  }

  /** Stops the job and the printing; may be called from any thread (a signal handler), more than once. */
  public void cancel() {
    cancelled = true;
    query.handle().cancel();
  }

  /** True if {@link #cancel} was called. */
  public boolean wasCancelled() {
    return cancelled;
  }
}
