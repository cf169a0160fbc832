package io.sluice.shell;

import io.sluice.engine.StatementResult;
import io.sluice.shell.print.ResultPrinter;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Shows what one statement gave back: a message for changes and submitted jobs, tables and query rows through
 * a {@link ResultPrinter}. Shared by the interactive shell and script mode, which differ in where messages go and
 * in how a running query can be stopped.
 */
final class ResultPresenter {

  /**
   * How a mode shows a query to its end: the interactive shell in its result mode, with a status line and Ctrl-C
   * to cancel it; script mode printed, and nothing to cancel it but ending the command.
   */
  @FunctionalInterface
  interface QueryRunner {
    void run(StatementResult.Query query) throws InterruptedException;
  }

  private final Supplier<ResultPrinter> printers;
  private final PrintWriter messages;
  private final QueryRunner queries;

  /**
   * @param printers a new printer for each result, so a {@code SET} of the column width applies from the next
   *     statement on
   * @param messages where {@code [INFO]} lines go
   */
  ResultPresenter(Supplier<ResultPrinter> printers, PrintWriter messages, QueryRunner queries) {
    this.printers = printers;
    this.messages = messages;
    this.queries = queries;
  }

  /**
   * Shows a result; a query is read to its end (or cancellation) before this returns.
   *
   * @return false if the result asks to end the session (QUIT, EXIT)
   * @throws io.sluice.common.SluiceException if a query's job failed
   */
  boolean present(StatementResult result) throws InterruptedException {
    if (result instanceof StatementResult.Info info) {
      info(info.message());
    } else if (result instanceof StatementResult.Table table) {
      printers.get().printTable(table.header(), table.rows());
    } else if (result instanceof StatementResult.Text text) {
      printers.get().printText(text.text());
    } else if (result instanceof StatementResult.JobSubmitted job) {
      info("Submitted job " + job.jobId() + " (" + job.jobName() + ").");
    } else if (result instanceof StatementResult.Query query) {
      queries.run(query);
    } else if (result instanceof StatementResult.Quit) {
      return false;
    } else {
      throw new IllegalStateException("No presentation for " + result.getClass().getSimpleName());
    }
    return true;
  }

  void info(String message) {
    messages.print("[INFO] " + message + "\n");
    messages.flush();
  }
}
