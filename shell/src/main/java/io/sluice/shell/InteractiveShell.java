package io.sluice.shell;

import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.config.SluiceOptions;
import io.sluice.shell.line.SqlCompleter;
import io.sluice.shell.line.SqlLineParser;
import io.sluice.shell.line.StatementBuffer;
import io.sluice.shell.print.OutputFormat;
import io.sluice.sql.statement.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The REPL: reads statements from a terminal, runs them in order, shows results and errors, and goes on until
 * QUIT, EXIT or end of input (Ctrl-D). A statement may span lines; Enter runs the input once it ends with
 * {@code ;} (see {@link SqlLineParser}). An error is shown and the statements typed after the failed one in the
 * same input are skipped, but the shell goes on. Ctrl-C clears the line at the prompt and cancels a running
 * query.
 */
public final class InteractiveShell {
  static final String PROMPT = "sluice> ";
  static final String CONTINUATION_PROMPT = "      > ";

  private final Terminal terminal;
  private final ShellSession session;
  private final LineReader reader;
  private final PrintWriter out;
  private final ResultPresenter presenter;

  /** @param historyFile where input is remembered between runs; null to keep it in memory only */
  public InteractiveShell(Terminal terminal, ShellSession session, Path historyFile) {
    this.terminal = terminal;
    this.session = session;
    this.reader = newReader(terminal, historyFile);
    this.out = terminal.writer();
    this.presenter = new ResultPresenter(
        () -> OutputFormat.TABLE.newPrinter(out, session.configuration().get(SluiceOptions.MAX_COLUMN_WIDTH)),
        out,
        this::runCancellable);
  }

  private static LineReader newReader(Terminal terminal, Path historyFile) {
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("sluice")
        .parser(new SqlLineParser())
        .completer(new SqlCompleter())
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
        .variable(LineReader.BLINK_MATCHING_PAREN, 0)
        // Expansion would eat '!' and backslashes, which are plain characters in SQL.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.CASE_INSENSITIVE, true);
    if (historyFile != null) {
      builder.variable(LineReader.HISTORY_FILE, historyFile);
    }
    return builder.build();
  }

  /** Runs until the user leaves. */
  public void run() {
    printBanner();
    try {
      boolean goOn = true;
      while (goOn) {
        goOn = readAndRun();
      }
    } finally {
      saveHistory();
    }
    print("Goodbye!");
  }

  /** Reads one input and runs its statements; false when the user leaves. */
  private boolean readAndRun() {
    String input;
    try {
      input = reader.readLine(PROMPT);
    } catch (UserInterruptException e) {
      // Ctrl-C at the prompt drops what was typed. jline may leave the thread's interrupt flag set when the
      // signal came while it was not blocked in a read; left set, it would break the next read.
      Thread.interrupted();
      return true;
    } catch (EndOfFileException e) {
      return false;
    }
    if (StatementBuffer.of(input).isBlank()) {
      return true;
    }
    try {
      return runStatements(input);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean runStatements(String input) throws InterruptedException {
    List<Statement> statements;
    try {
      statements = session.parse(input);
    } catch (RuntimeException e) {
      reportError(e);
      return true;
    }
    for (int i = 0; i < statements.size(); i++) {
      try {
        if (!presenter.present(session.execute(statements.get(i)))) {
          return false;
        }
      } catch (RuntimeException e) {
        reportError(e);
        reportSkipped(statements.size() - i - 1);
        return true;
      }
    }
    return true;
  }

  /** Runs a query with Ctrl-C bound to cancelling it, and the previous binding restored afterwards. */
  private void runCancellable(QueryStream stream) throws InterruptedException {
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> stream.cancel());
    try {
      stream.run();
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
    if (stream.wasCancelled()) {
      presenter.info("Query cancelled.");
    }
  }

  private void reportError(RuntimeException e) {
    if (e instanceof SqlException sql) {
      print("[ERROR] " + sql.position() + ": " + sql.detail());
    } else if (e instanceof SluiceException) {
      print("[ERROR] " + e.getMessage());
    } else {
      print("[ERROR] Unexpected error: " + ErrorText.describe(e));
    }
  }

  private void reportSkipped(int count) {
    if (count > 0) {
      presenter.info(count == 1
          ? "The statement after the failed one was not run."
          : "The " + count + " statements after the failed one were not run.");
    }
  }

  private void printBanner() {
    print("Sluice " + Version.current() + " interactive SQL shell.");
    print("End statements with ';'. HELP; lists them, Ctrl-C cancels a query, QUIT; or Ctrl-D leaves.");
    print("");
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      print("[WARN] Could not save the history: " + e.getMessage());
    }
  }

  private void print(String line) {
    out.print(line + "\n");
    out.flush();
  }
}
