package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's parsing and exit codes, for everything that fails before an engine is needed. */
class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int sluice(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void helpDescribesTheCommands() {
    assertThat(sluice("--help")).isZero();
    assertThat(out.toString()).contains("Usage: sluice", "sql", "--version");
  }

  @Test
  void helpOfTheSqlCommandDescribesItsOptions() {
    assertThat(sluice("sql", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: sluice sql", "-f", "--file", "-e", "--execute", "--format");
  }

  @Test
  void versionNamesSluice() {
    assertThat(sluice("--version")).isZero();
    assertThat(out.toString()).startsWith("Sluice ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(sluice("--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'", "Usage: sluice");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(sluice("sqll")).isEqualTo(2);
  }

  @Test
  void theSqlCommandNeedsAFileOrStatements() {
    assertThat(sluice("sql")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required argument");
  }

  @Test
  void theSqlCommandTakesAFileOrStatementsNotBoth() {
    assertThat(sluice("sql", "-f", "job.sql", "-e", "SELECT 1;")).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(sluice("sql", "--format", "xml", "-e", "SELECT 1;")).isEqualTo(2);
    assertThat(err.toString()).contains("--format", "xml");
  }

  @Test
  void theFormatIgnoresCase() {
    CommandLine commandLine = Main.commandLine();
    CommandLine.ParseResult parsed = commandLine.parseArgs("sql", "--format", "CSV", "-e", "SELECT 1;");
    Object format = parsed.subcommand().matchedOptionValue("--format", null);
    assertThat(format).hasToString("CSV");
  }

  @Test
  void aMissingFileFailsBeforeAnythingRuns() {
    assertThat(sluice("sql", "-f", "does/not/exist.sql")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sluice: cannot read does/not/exist.sql: no such file\n");
  }
}
