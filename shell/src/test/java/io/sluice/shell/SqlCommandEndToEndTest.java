package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sluice sql} on a real engine. */
@Tag("engine")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SqlCommandEndToEndTest {
  private static final String QUERY = "SELECT id, id * 2 AS doubled FROM t WHERE MOD(id, 100) = 0;\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int sluice(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void printsOnlyDataInCsvMode() {
    int exitCode = sluice("sql", "--format", "csv", "-e", InteractiveShellEndToEndTest.BOUNDED_TABLE + QUERY);

    StringBuilder expected = new StringBuilder("op,id,doubled\n");
    for (long id = 100; id <= 1000; id += 100) {
      expected.append("+I,").append(id).append(',').append(2 * id).append('\n');
    }
    assertThat(err.toString()).startsWith("[INFO] ").doesNotContain("<command line>:");
    assertThat(out.toString()).isEqualTo(expected.toString());
    assertThat(exitCode).isZero();
  }

  @Test
  void runsAFileAndPrintsTables(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.sql"), InteractiveShellEndToEndTest.BOUNDED_TABLE + QUERY);

    assertThat(sluice("sql", "-f", job.toString())).isZero();
    assertThat(out.toString()).contains("| op |").contains("Received a total of 10 rows");
  }

  @Test
  void aSyntaxErrorRunsNothingAndNamesItsLine(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.sql"),
        InteractiveShellEndToEndTest.BOUNDED_TABLE + "\nSELEC id FROM t;\n");

    assertThat(sluice("sql", "-f", job.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(job + ":3:1: ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anErrorWhileRunningNamesItsStatement(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.sql"),
        InteractiveShellEndToEndTest.BOUNDED_TABLE + "SELECT id FROM missing;\n");

    assertThat(sluice("sql", "-f", job.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(job + ":2:");
  }
}
