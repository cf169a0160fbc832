package io.sluice.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.StatementResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's mechanics, on jline's dumb terminal fed with scripted input and a session with scripted results. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InteractiveShellTest {
  private static final List<Column> COLUMNS = List.of(new Column("id", DataType.of(TypeRoot.BIGINT)));

  private final FakeSession session = new FakeSession();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  private String runShell(String input) throws IOException {
    return runShell(input, null);
  }

  private String runShell(String input, Path historyFile) throws IOException {
    try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(input.getBytes(UTF_8)), output)) {
      new InteractiveShell(terminal, session, historyFile).run();
    }
    return output.toString(UTF_8);
  }

  @Test
  void greetsPromptsAndLeavesAtTheEndOfInput() throws IOException {
    String out = runShell("");

    assertThat(out).startsWith("Sluice ").contains("HELP;", InteractiveShell.PROMPT).endsWith("Goodbye!\n");
  }

  @Test
  void readsAStatementOverSeveralLines() throws IOException {
    runShell("SELECT\n  id\nFROM t;\n");

    assertThat(session.executed).containsExactly("SELECT\n  id\nFROM t");
  }

  @Test
  void showsTheContinuationPromptOnAFullTerminal() throws IOException {
    byte[] input = "SELECT\n  id;\n".getBytes(UTF_8);
    // Unlike the dumb one, this terminal is drawn on as a real one is, prompts and all.
    try (Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(input), output, UTF_8)) {
      new InteractiveShell(terminal, session, null).run();
    }

    // The highlighting redraws the word once it is a keyword, so "SELECT" is not written in one piece.
    assertThat(output.toString(UTF_8)).containsPattern(Pattern.quote(InteractiveShell.PROMPT) + "SELEC.*SELECT")
        .contains(InteractiveShell.CONTINUATION_PROMPT + "  id;");
    assertThat(session.executed).containsExactly("SELECT\n  id");
  }

  @Test
  void theTerminalDoesNotEchoKeysTypedWhileAStatementRunsAndIsRestoredAfterwards() throws IOException {
    byte[] input = "SHOW TABLES;\nSHOW VIEWS;\n".getBytes(UTF_8);
    List<Boolean> echoing = new ArrayList<>();
    try (Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(input), output, UTF_8)) {
      boolean echoAtStart = terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO);
      session.answer("SHOW TABLES", () -> {
        echoing.add(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO));
        return new StatementResult.Info("Ran SHOW TABLES");
      });
      new InteractiveShell(terminal, session, null).run();

      assertThat(echoAtStart).isTrue();
      assertThat(echoing).containsExactly(false);
      assertThat(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO)).isTrue();
    }
    // What came after the running statement is read at the next prompt.
    assertThat(session.executed).containsExactly("SHOW TABLES", "SHOW VIEWS");
  }

  @Test
  void runsSeveralStatementsOnOneLineInOrder() throws IOException {
    String out = runShell("CREATE TABLE a; CREATE TABLE b;\n");

    assertThat(session.executed).containsExactly("CREATE TABLE a", "CREATE TABLE b");
    assertThat(out).contains("[INFO] Ran CREATE TABLE a\n[INFO] Ran CREATE TABLE b\n");
  }

  @Test
  void ignoresBlankLinesAndComments() throws IOException {
    String out = runShell("\n   \n-- just a comment\n/* and; another */\n");

    assertThat(session.executed).isEmpty();
    assertThat(out).doesNotContain("[ERROR]");
  }

  @Test
  void reportsASyntaxErrorWithItsPositionAndGoesOn() throws IOException {
    session.answer("SHOW TABLES", new StatementResult.Table(List.of("table name"), List.of(List.of("t"))));

    String out = runShell("SELEC id FROM t;\nSHOW TABLES;\n");

    assertThat(out).contains("[ERROR] line 1, column 1: Unknown statement 'SELEC'\n");
    assertThat(session.executed).containsExactly("SHOW TABLES");
    assertThat(out).contains("| table name |\n+------------+\n| t          |\n").contains("1 row in set");
  }

  @Test
  void skipsTheRestOfTheInputAfterAFailedStatement() throws IOException {
    session.fail("DROP TABLE x", new SluiceException(ErrorCode.UNKNOWN_TABLE, "Table 'x' does not exist"));

    String out = runShell("CREATE TABLE a; DROP TABLE x; CREATE TABLE b;\nCREATE TABLE c;\n");

    assertThat(session.executed).containsExactly("CREATE TABLE a", "DROP TABLE x", "CREATE TABLE c");
    assertThat(out).contains("[ERROR] Table 'x' does not exist\n"
        + "[INFO] The statement after the failed one was not run.\n");
  }

  @Test
  void survivesUnexpectedErrors() throws IOException {
    session.fail("CREATE TABLE a", new UnsupportedOperationException("TODO", new IllegalStateException("deep")));

    String out = runShell("CREATE TABLE a;\nCREATE TABLE b;\n");

    assertThat(out).contains("[ERROR] Unexpected error: TODO; caused by: IllegalStateException: deep\n");
    assertThat(session.executed).containsExactly("CREATE TABLE a", "CREATE TABLE b");
  }

  @Test
  void leavesOnQuit() throws IOException {
    session.answer("QUIT", new StatementResult.Quit());

    String out = runShell("QUIT;\nCREATE TABLE a;\n");

    assertThat(session.executed).containsExactly("QUIT");
    assertThat(out).endsWith("Goodbye!\n");
  }

  @Test
  void streamsQueryRowsAndClosesTheQuery() throws IOException {
    FakeQueryHandle handle = FakeQueryHandle.of(Row.of(100L), Row.of(200L));
    session.answer("SELECT id FROM t", new StatementResult.Query(COLUMNS, handle));

    String out = runShell("SELECT id FROM t;\n");

    assertThat(out).contains("""
        +----+----------------------+
        | op |                   id |
        +----+----------------------+
        | +I |                  100 |
        | +I |                  200 |
        +----+----------------------+
        Received a total of 2 rows
        """);
    assertThat(handle.closed).isTrue();
  }

  @Test
  void reportsAFailedQueryAfterItsRows() throws IOException {
    session.answer("SELECT id FROM t", new StatementResult.Query(COLUMNS, FakeQueryHandle.failingAfter(
        new SluiceException(ErrorCode.JOB_FAILED, "Job failed: boom"), Row.of(1L))));

    String out = runShell("SELECT id FROM t;\nCREATE TABLE a;\n");

    assertThat(out).contains("Received a total of 1 row\n[ERROR] Job failed: boom\n");
    assertThat(session.executed).containsExactly("SELECT id FROM t", "CREATE TABLE a");
  }

  @Test
  void ctrlCCancelsARunningQueryAndTheShellGoesOn() throws Exception {
    FakeQueryHandle handle = FakeQueryHandle.endless();
    session.answer("SELECT id FROM endless", new StatementResult.Query(COLUMNS, handle));
    byte[] input = "SELECT id FROM endless;\nCREATE TABLE a;\n".getBytes(UTF_8);

    try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(input), output)) {
      CompletableFuture<Void> shell = CompletableFuture.runAsync(
          () -> new InteractiveShell(terminal, session, null).run());
      awaitOutput("| +I |");
      terminal.raise(Terminal.Signal.INT);
      shell.get(10, TimeUnit.SECONDS);
    }

    assertThat(handle.wasCancelled()).isTrue();
    assertThat(handle.closed).isTrue();
    assertThat(output.toString(UTF_8)).contains("[INFO] Query cancelled.\n");
    assertThat(session.executed).containsExactly("SELECT id FROM endless", "CREATE TABLE a");
  }

  @Test
  void ctrlCAtThePromptDropsTheLine() throws Exception {
    PipedOutputStream keyboard = new PipedOutputStream();
    try (Terminal terminal = new DumbTerminal(new PipedInputStream(keyboard), output)) {
      CompletableFuture<Void> shell = CompletableFuture.runAsync(
          () -> new InteractiveShell(terminal, session, null).run());
      awaitOutput(InteractiveShell.PROMPT);
      type(keyboard, "CREATE TA");
      Thread.sleep(200); // for jline to read it
      // As from a real terminal, the signal comes from another thread while the shell waits for keys.
      terminal.raise(Terminal.Signal.INT);
      awaitOutput(InteractiveShell.PROMPT, 2); // a new prompt, as users wait for before typing on
      type(keyboard, "CREATE TABLE b;\n");
      keyboard.close();
      shell.get(10, TimeUnit.SECONDS);
    }

    assertThat(session.executed).containsExactly("CREATE TABLE b");
  }

  @Test
  void cutsColumnsAtTheWidthSetInTheSession() throws IOException {
    session.configuration().set(SluiceOptions.MAX_COLUMN_WIDTH, "6");
    session.answer("SHOW TABLES", new StatementResult.Table(List.of("table name"), List.of(List.of("orders"))));

    assertThat(runShell("SHOW TABLES;\n")).contains("| tab... |\n");
  }

  @Test
  void remembersInputInTheHistoryFile(@TempDir Path dir) throws IOException {
    Path history = dir.resolve("history");

    runShell("CREATE TABLE a;\nSELECT 1\n;\n", history);

    assertThat(Files.readString(history)).contains("CREATE TABLE a;").contains("SELECT 1");
  }

  private static void type(PipedOutputStream keyboard, String keys) throws IOException {
    keyboard.write(keys.getBytes(UTF_8));
    keyboard.flush();
  }

  private void awaitOutput(String text) throws InterruptedException {
    awaitOutput(text, 1);
  }

  private void awaitOutput(String text, int times) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (output.toString(UTF_8).split(Pattern.quote(text), -1).length <= times) {
      assertThat(System.nanoTime()).as("waiting for %s", text).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
