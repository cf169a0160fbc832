package io.sluice.shell;

import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.StatementResult;
import io.sluice.shell.print.OutputFormat;
import io.sluice.shell.print.ResultPrinter;
import io.sluice.shell.print.TablePrinter;
import io.sluice.sql.statement.Statement;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a script without a terminal ({@code sluice sql -f job.sql}). The whole script is parsed first, so a
 * syntax error anywhere runs nothing; then its statements run in order until the first error, and at the end
 * the runner waits for every job the script started. Errors go to the error stream as
 * {@code name:line:column: message}, the form compilers use and editors can jump to, followed by the line with a
 * caret under the column. Results go to the output
 * stream; in CSV mode nothing but data does, and {@code [INFO]} messages go to the error stream.
 */
public final class ScriptRunner {
  /** Every statement ran and every job finished well. */
  public static final int SUCCEEDED = 0;
  /** A statement failed, or a job did. */
  public static final int FAILED = 1;

  /**
   * A script and the name its errors are reported under.
   *
   * @param name the file as the user named it, or a placeholder such as {@code <command line>}
   */
  public record Script(String name, String text) {}

  private final ShellSession session;
  private final PrintWriter err;
  private final ResultPresenter presenter;

  public ScriptRunner(ShellSession session, OutputFormat format, PrintWriter out, PrintWriter err) {
    this.session = session;
    this.err = err;
    PrintWriter messages = format == OutputFormat.CSV ? err : out;
    Supplier<ResultPrinter> printers =
        () -> format.newPrinter(out, session.configuration().get(SluiceOptions.MAX_COLUMN_WIDTH));
    // Always printed, whatever 'sql-client.execution.result-mode' says: as in Flink, whose SQL client shows
    // results of a file in tableau mode only.
    this.presenter = new ResultPresenter(printers, messages, query -> new QueryStream(query, printers.get()).run());
  }

  /** Runs the script as it is and waits for its jobs; returns {@link #SUCCEEDED} or {@link #FAILED}. */
  public int run(Script script) throws InterruptedException {
    return run(script, null);
  }

  /**
   * Replaces the script's variables, runs it, and waits for every job it started; returns {@link #SUCCEEDED} or
   * {@link #FAILED}, the exit code of the command.
   *
   * @param substitution null to take the text as it is
   */
  int run(Script script, VariableSubstitution substitution) throws InterruptedException {
    int code = runStatements(script, substitution);
    return code == SUCCEEDED ? awaitJobs(script) : code;
  }

  /**
   * Replaces the script's variables and runs its statements, without waiting for the jobs they started (an init
   * file before the interactive shell).
   */
  int runStatements(Script script, VariableSubstitution substitution) throws InterruptedException {
    List<Statement> statements;
    try {
      if (substitution != null) {
        script = substitution.apply(script);
      }
      statements = session.parse(script.text());
    } catch (SqlException e) {
      return fail(script, e.position(), e.detail());
    } catch (RuntimeException e) {
      return fail(script, SqlPosition.START, ErrorText.describe(e));
    }
    for (Statement statement : statements) {
      try {
        if (!presenter.present(session.execute(statement))) {
          break;
        }
      } catch (SqlException e) {
        return fail(script, e.position(), e.detail());
      } catch (SluiceException e) {
        return fail(script, statement.position(), e.getMessage());
      } catch (RuntimeException e) {
        return fail(script, statement.position(), "Unexpected error: " + ErrorText.describe(e));
      }
    }
    return SUCCEEDED;
  }

  private int awaitJobs(Script script) throws InterruptedException {
    if (session.awaitJobs()) {
      return SUCCEEDED;
    }
    err.print(script.name() + ": not every job of the script finished well.\n");
    showFailedJobs();
    err.flush();
    return FAILED;
  }

  /** Lists the failed jobs, or all of them if none is marked failed, on the error stream; best effort. */
  private void showFailedJobs() {
    try {
      if (session.execute(session.parse("SHOW JOBS").get(0)) instanceof StatementResult.Table jobs) {
        List<List<String>> failed = jobs.rows().stream()
            .filter(row -> row.stream().anyMatch("FAILED"::equalsIgnoreCase))
            .toList();
        // Uncut: a job id is worth nothing with its end replaced by "...".
        new TablePrinter(err, Integer.MAX_VALUE)
            .printTable(jobs.header(), failed.isEmpty() ? jobs.rows() : failed);
      }
    } catch (RuntimeException e) {
      err.print("(SHOW JOBS failed too: " + ErrorText.describe(e) + ")\n");
    }
  }

  private int fail(Script script, SqlPosition position, String message) {
    err.print(script.name() + ":" + position.line() + ":" + position.column() + ": " + message + "\n");
    err.print(ErrorText.pointAt(script.text(), position));
    err.flush();
    return FAILED;
  }
}
