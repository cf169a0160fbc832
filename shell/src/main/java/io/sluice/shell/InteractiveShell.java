package io.sluice.shell;

import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.config.ResultMode;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.StatementResult;
import io.sluice.shell.line.SqlCompleter;
import io.sluice.shell.line.SqlHighlighter;
import io.sluice.shell.line.SqlLineParser;
import io.sluice.shell.line.StatementBuffer;
import io.sluice.shell.print.OutputFormat;
import io.sluice.shell.print.ResultPrinter;
import io.sluice.shell.view.LiveResultView;
import io.sluice.shell.view.StatusBar;
import io.sluice.sql.statement.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * The REPL: reads statements from a terminal, runs them in order, shows results and errors, and goes on until
 * QUIT, EXIT or end of input (Ctrl-D). A statement may span lines; Enter runs the input once it ends with
 * {@code ;} (see {@link SqlLineParser}). Keywords are highlighted ({@link SqlHighlighter}); Tab completes
 * keywords, option keys, and the catalog's tables and columns ({@link SqlCompleter}). An error is shown with the
 * offending line and a caret under its column, and the statements typed after the failed one in the same input
 * are skipped, but the shell goes on.
 *
 * <p>A query is shown in the session's {@link SluiceOptions#RESULT_MODE}: a {@link LiveResultView} redrawn in
 * place for {@code table} and {@code changelog}, printed rows for {@code tableau} (and on a terminal that cannot
 * move its cursor) with a {@link StatusBar} below them. Ctrl-C clears the line at the prompt and cancels a running
 * query; at any other time it is ignored, so it never ends the shell.
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
    this.reader = newReader(terminal, session, historyFile);
    this.out = terminal.writer();
    this.presenter = new ResultPresenter(this::printer, out, this::runQuery);
    // Outside a query (which binds it to cancelling) and the prompt (where jline clears the line), Ctrl-C would
    // otherwise stop the JVM, and with it the shell and every job.
    terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
  }

  private static LineReader newReader(Terminal terminal, ShellSession session, Path historyFile) {
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("sluice")
        .parser(new SqlLineParser())
        .highlighter(new SqlHighlighter())
        .completer(new SqlCompleter(session::tableColumns))
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
    // Nothing reads the keyboard while statements run: keys typed ahead wait in the terminal for the next prompt,
    // which reads and shows them. In raw mode the terminal does not echo them among the results (where they would
    // also shift a live view's redrawn lines), and Ctrl-C still raises the signal that cancels a query.
    Attributes typing = terminal.enterRawMode();
    try {
      return runStatements(input);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      terminal.setAttributes(typing);
    }
  }

  private boolean runStatements(String input) throws InterruptedException {
    List<Statement> statements;
    try {
      statements = session.parse(input);
    } catch (RuntimeException e) {
      reportError(e, input);
      return true;
    }
    for (int i = 0; i < statements.size(); i++) {
      try {
        if (!presenter.present(session.execute(statements.get(i)))) {
          return false;
        }
      } catch (RuntimeException e) {
        reportError(e, input);
        reportSkipped(statements.size() - i - 1);
        return true;
      }
    }
    return true;
  }

  private ResultPrinter printer() {
    return OutputFormat.TABLE.newPrinter(out, session.configuration().get(SluiceOptions.MAX_COLUMN_WIDTH));
  }

  /**
   * Shows a query in the session's result mode, with Ctrl-C bound to cancelling it and the previous binding
   * restored afterwards.
   */
  private void runQuery(StatementResult.Query query) throws InterruptedException {
    ResultMode mode = session.configuration().get(SluiceOptions.RESULT_MODE);
    QueryStream stream;
    StatusBar statusBar = null;
    if (mode != ResultMode.TABLEAU && canRedraw()) {
      LiveResultView view = new LiveResultView(
          terminal, mode, session.configuration().get(SluiceOptions.MAX_COLUMN_WIDTH));
      stream = new QueryStream(query, view, view);
    } else {
      statusBar = new StatusBar(terminal);
      stream = new QueryStream(query, printer(), statusBar);
    }
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> stream.cancel());
    try {
      stream.run();
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      if (statusBar != null) {
        statusBar.close();
      }
    }
    if (stream.wasCancelled()) {
      presenter.info("Query cancelled.");
    }
  }

  /** Whether the terminal can move its cursor up, as a live view needs. */
  private boolean canRedraw() {
    return !terminal.getType().startsWith(Terminal.TYPE_DUMB)
        && terminal.getStringCapability(InfoCmp.Capability.cursor_up) != null;
  }

  private void reportError(RuntimeException e, String input) {
    if (e instanceof SqlException sql) {
      print("[ERROR] " + sql.position() + ": " + sql.detail());
      out.print(ErrorText.pointAt(input, sql.position()));
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
