package io.sluice.shell;

import io.sluice.common.Row;
import io.sluice.engine.QueryHandle;
import io.sluice.engine.StatementResult;
import io.sluice.shell.print.ResultPrinter;
import java.time.Duration;

/**
 * Prints a running query's rows as they arrive, until its result ends or it is cancelled. Polling with a short
 * timeout, rather than waiting for the next row, keeps a cancel from another thread (Ctrl-C) noticed within
 * {@link #POLL_TIMEOUT} even when no row comes.
 */
public final class QueryStream {
  static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

  private final StatementResult.Query query;
  private final ResultPrinter printer;
  private volatile boolean cancelled;

  public QueryStream(StatementResult.Query query, ResultPrinter printer) {
    this.query = query;
    this.printer = printer;
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
    try (QueryHandle handle = query.handle()) {
      while (!cancelled && !handle.isEnded()) {
        Row row = handle.poll(POLL_TIMEOUT);
        if (row != null && !cancelled) {
          printer.printRow(row);
          rowCount++;
        }
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
