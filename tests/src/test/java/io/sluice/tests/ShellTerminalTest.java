package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell as users see it: {@code ./sluice} in a real pseudo-terminal (tmux), driven by keys.
 * Each test starts its own shell with its own home folder (where the history file goes).
 */
@Timeout(180)
class ShellTerminalTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String PROMPT = "sluice> ";

  @TempDir
  Path home;

  @BeforeEach
  void needsTmux() {
    // .ci/run installs tmux, so on CI these tests always run; a developer without it is told why they were skipped.
    // Checked per test: surefire reports each as skipped with this message (for a class-level check it says
    // nothing at all).
    Assumptions.assumeTrue(TmuxTerminal.available(),
        "tmux is not installed: the terminal tests need it (apt-get install tmux; .ci/run installs it)");
  }

  private TmuxTerminal startShell() throws Exception {
    TmuxTerminal terminal = TmuxTerminal.start(PROJECT.resolve("sluice").toString(),
        // The build that runs the tests has just packaged the shell; do not let the launcher rebuild.
        Map.of("SLUICE_SKIP_BUILD", "1", "HOME", home.toString()), 140, 40);
    terminal.awaitPrompt(PROMPT);
    return terminal;
  }

  /** Types a statement (one or more lines) once the shell waits at its prompt. */
  private static void enter(TmuxTerminal terminal, String... lines) throws Exception {
    terminal.awaitPrompt(PROMPT);
    terminal.typeLines(lines);
  }

  @Test
  void multiLineQueryCtrlCAndTheNextQuery() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      enter(terminal, SkeletonQueryTest.CREATE_T);
      terminal.await("Table 't' has been created.");

      // Three lines: the continuation prompt, then the live table (the default result mode) with its rows.
      enter(terminal, "SELECT id,", "  id * 2 AS twice", "FROM t WHERE id <= 3;");
      String screen = terminal.awaitAfter("SELECT id,", "the table has 3 rows");
      assertThat(screen).contains("      >   id * 2 AS twice").contains("table mode: 3 rows");
      assertThat(screen).containsPattern("\\|\\s+1 \\|\\s+2 \\|").containsPattern("\\|\\s+3 \\|\\s+6 \\|");
      assertThat(screen).contains("Received a total of 3 changes; the table has 3 rows");

      // Keys typed while a query runs are not echoed into its rows; the next prompt reads them.
      enter(terminal, "CREATE TABLE slow (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '40', "
          + "'rows-per-second' = '20');");
      enter(terminal, "SELECT COUNT(*) AS n FROM slow;");
      terminal.awaitAfter("FROM slow;", "Ctrl-C cancels");
      terminal.typeLines("SHOW TABLES;");
      screen = terminal.awaitAfter("FROM slow;", "rows in set");
      String view = screen.substring(0, screen.indexOf("the table has 1 row"));
      assertThat(view).as("the live view").doesNotContain("SHOW").containsPattern("\\|\\s+40 \\|");
      assertThat(screen).contains(PROMPT + "SHOW TABLES;").containsPattern("\\| slow\\s+\\|");

      // An endless query runs with its status line until Ctrl-C cancels it; the shell goes on.
      enter(terminal, "CREATE TABLE u (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50');");
      terminal.await("Table 'u' has been created.");
      enter(terminal, "SELECT id FROM u;");
      terminal.awaitAfter("SELECT id FROM u;", "rows/s | last checkpoint: none | late rows: 0");
      terminal.press("C-c");
      terminal.awaitAfter("SELECT id FROM u;", "[INFO] Query cancelled.");

      enter(terminal, "SET 'sql-client.execution.result-mode' = 'tableau';");
      enter(terminal, "SELECT name, id FROM t WHERE id BETWEEN 10 AND 11;");
      screen = terminal.awaitAfter("BETWEEN 10 AND 11;", "Received a total of 2 rows");
      assertThat(screen).containsPattern("\\| \\+I \\| \\w{5}\\s+\\|\\s+10 \\|")
          .containsPattern("\\| \\+I \\| \\w{5}\\s+\\|\\s+11 \\|");

      enter(terminal, "QUIT;");
      terminal.await(TmuxTerminal.EXITED);
    }
  }

  @Test
  void changelogModeShowsEveryChange() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      enter(terminal, SkeletonQueryTest.CREATE_T);
      enter(terminal, "SET 'sql-client.execution.result-mode' = 'changelog';");
      enter(terminal, "SELECT MOD(id, 2) AS odd, COUNT(*) AS n FROM t WHERE id <= 3 GROUP BY MOD(id, 2);");
      String screen = terminal.awaitAfter("GROUP BY", "Received a total of 4 rows");
      assertThat(screen).containsPattern("\\| \\+I \\|\\s+1 \\|\\s+1 \\|")
          .containsPattern("\\| -U \\|\\s+1 \\|\\s+1 \\|")
          .containsPattern("\\| \\+U \\|\\s+1 \\|\\s+2 \\|")
          .contains("changelog mode: 4 changes");

      // The same query in table mode folds the changes into the current result.
      enter(terminal, "SET 'sql-client.execution.result-mode' = 'table';");
      enter(terminal, "SELECT MOD(id, 2) AS odd, COUNT(*) AS n FROM t WHERE id <= 3 GROUP BY MOD(id, 2);");
      String table = terminal.awaitAfter("result-mode' = 'table'", "the table has 2 rows");
      assertThat(table).containsPattern("\\|\\s+1 \\|\\s+2 \\|").containsPattern("\\|\\s+0 \\|\\s+1 \\|")
          .doesNotContainPattern("\\|\\s+1 \\|\\s+1 \\|");
    }
  }

  @Test
  void highlightsCompletesPointsAtErrorsAndRemembers() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      enter(terminal, "CREATE TABLE clicks (user_name STRING, url STRING) WITH ('connector' = 'datagen');");
      terminal.await("Table 'clicks' has been created.");

      // Tab completes a column of a table, then a table name, each followed by a space as in any jline shell.
      terminal.awaitPrompt(PROMPT);
      terminal.type("SELECT user_n");
      terminal.press("Tab");
      terminal.type("FROM cli");
      terminal.press("Tab");
      terminal.await(PROMPT + "SELECT user_name FROM clicks ");
      // Keywords are coloured (bold blue) as they are typed.
      assertThat(terminal.screenWithColours())
          .containsPattern(Pattern.compile("\\e\\[[0-9;]*34[0-9;]*m(\\e\\[[0-9;]*m)*SELECT"));
      terminal.press("C-u");

      enter(terminal, "SELECT nope FROM clicks;");
      String screen = terminal.awaitAfter(PROMPT + "SELECT nope", "^");
      assertThat(screen).contains("[ERROR] line 1, column 8: Column 'nope' not found")
          .contains("SELECT nope FROM clicks;\n       ^");

      enter(terminal, "HELP;");
      terminal.await("EXECUTE STATEMENT SET BEGIN ... END");
      enter(terminal, "QUIT;");
      terminal.await(TmuxTerminal.EXITED);
    }
    // History survives the session: Up brings back the last input of the previous one.
    try (TmuxTerminal terminal = startShell()) {
      terminal.press("Up");
      terminal.await(PROMPT + "QUIT;");
    }
  }
}
