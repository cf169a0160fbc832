package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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

  @BeforeAll
  static void needsTmux() {
    Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is not installed");
  }

  private TmuxTerminal startShell() throws Exception {
    TmuxTerminal terminal = TmuxTerminal.start(PROJECT.resolve("sluice").toString(),
        // The build that runs the tests has just packaged the shell; do not let the launcher rebuild.
        Map.of("SLUICE_SKIP_BUILD", "1", "HOME", home.toString()), 140, 40);
    terminal.await(PROMPT);
    return terminal;
  }

  @Test
  @Disabled("TODO(shell branch): keys typed right after a live table view are partly lost; Ctrl-C then lands "
      + "at the prompt")
  void multiLineQueryCtrlCAndTheNextQuery() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      terminal.typeLines(SkeletonQueryTest.CREATE_T);
      terminal.await("Table 't' has been created.");

      // Three lines: the continuation prompt, then the live table (the default result mode) with its rows.
      terminal.typeLines("SELECT id,", "  id * 2 AS twice", "FROM t WHERE id <= 3;");
      String screen = terminal.await("table mode: 3 rows");
      assertThat(screen).contains("      >   id * 2 AS twice");
      assertThat(screen).containsPattern("\\|\\s+1 \\|\\s+2 \\|").containsPattern("\\|\\s+3 \\|\\s+6 \\|");
      assertThat(screen).contains("Received a total of 3 changes; the table has 3 rows");

      // An endless query runs with its status line until Ctrl-C cancels it; the shell goes on.
      terminal.typeLines("CREATE TABLE u (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50');");
      terminal.await("Table 'u' has been created.");
      terminal.typeLines("SELECT id FROM u;");
      terminal.await("rows/s | last checkpoint: none | late rows: 0");
      terminal.press("C-c");
      terminal.await("[INFO] Query cancelled.");

      terminal.typeLines("SET 'sql-client.execution.result-mode' = 'tableau';",
          "SELECT name, id FROM t WHERE id BETWEEN 10 AND 11;");
      screen = terminal.await("Received a total of 2 rows");
      assertThat(screen).containsPattern("\\| \\+I \\| \\w{5}\\s+\\|\\s+10 \\|")
          .containsPattern("\\| \\+I \\| \\w{5}\\s+\\|\\s+11 \\|");

      terminal.typeLines("QUIT;");
      terminal.await(TmuxTerminal.EXITED);
    }
  }

  @Test
  void changelogModeShowsEveryChange() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      terminal.typeLines(SkeletonQueryTest.CREATE_T, "SET 'sql-client.execution.result-mode' = 'changelog';",
          "SELECT MOD(id, 2) AS odd, COUNT(*) AS n FROM t WHERE id <= 3 GROUP BY MOD(id, 2);");
      String screen = terminal.await("Received a total of 4 rows");
      assertThat(screen).containsPattern("\\| \\+I \\|\\s+1 \\|\\s+1 \\|")
          .containsPattern("\\| -U \\|\\s+1 \\|\\s+1 \\|")
          .containsPattern("\\| \\+U \\|\\s+1 \\|\\s+2 \\|")
          .contains("changelog mode: 4 changes");

      // The same query in table mode folds the changes into the current result.
      terminal.typeLines("SET 'sql-client.execution.result-mode' = 'table';",
          "SELECT MOD(id, 2) AS odd, COUNT(*) AS n FROM t WHERE id <= 3 GROUP BY MOD(id, 2);");
      screen = terminal.await("the table has 2 rows");
      String table = screen.substring(screen.lastIndexOf("SET 'sql-client.execution.result-mode' = 'table'"));
      assertThat(table).containsPattern("\\|\\s+1 \\|\\s+2 \\|").containsPattern("\\|\\s+0 \\|\\s+1 \\|")
          .doesNotContainPattern("\\|\\s+1 \\|\\s+1 \\|");
    }
  }

  @Test
  @Disabled("TODO(shell branch): the completed line is not found on the screen; investigate")
  void highlightsCompletesPointsAtErrorsAndRemembers() throws Exception {
    try (TmuxTerminal terminal = startShell()) {
      terminal.typeLines("CREATE TABLE clicks (user_name STRING, url STRING) WITH ('connector' = 'datagen');");
      terminal.await("Table 'clicks' has been created.");

      // Tab completes a table name, then a column of it.
      terminal.type("SELECT user_n");
      terminal.press("Tab");
      terminal.type(" FROM cli");
      terminal.press("Tab");
      terminal.await("SELECT user_name FROM clicks");
      // Keywords are coloured (bold blue) as they are typed.
      assertThat(terminal.screenWithColours())
          .containsPattern(Pattern.compile("\\e\\[[0-9;]*34[0-9;]*m(\\e\\[[0-9;]*m)*SELECT"));
      terminal.press("C-u");

      terminal.typeLines("SELECT nope FROM clicks;");
      String screen = terminal.await("^");
      assertThat(screen).contains("[ERROR] line 1, column 8: Column 'nope' not found")
          .contains("SELECT nope FROM clicks;\n       ^");

      terminal.typeLines("HELP;");
      terminal.await("EXECUTE STATEMENT SET BEGIN ... END");
      terminal.typeLines("QUIT;");
      terminal.await(TmuxTerminal.EXITED);
    }
    // History survives the session: Up brings back the last input of the previous one.
    try (TmuxTerminal terminal = startShell()) {
      terminal.press("Up");
      terminal.await(PROMPT + "QUIT;");
    }
  }
}
