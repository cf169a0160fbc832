package io.sluice.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The REPL on a real engine, fed through jline's dumb terminal. */
@Tag("engine")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InteractiveShellEndToEndTest {
  static final String BOUNDED_TABLE = "CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'datagen', "
      + "'number-of-rows' = '1000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
      + "'fields.id.end' = '1000', 'fields.name.length' = '5');\n";
  static final String UNBOUNDED_TABLE = "CREATE TABLE u (id BIGINT) WITH ('connector' = 'datagen');\n";

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private EngineSession session;

  @BeforeEach
  void startEngine() {
    session = EngineSession.start();
  }

  @AfterEach
  void stopEngine() {
    session.close();
  }

  private String runShell(String input) throws IOException {
    try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(input.getBytes(UTF_8)), output)) {
      new InteractiveShell(terminal, session, null).run();
    }
    return output.toString(UTF_8);
  }

  @Test
  void streamsTheRowsOfAFilteredQuery() throws IOException {
    String out = runShell(BOUNDED_TABLE + "SELECT id, id * 2 AS doubled\nFROM t\nWHERE MOD(id, 100) = 0;\n");

    assertThat(out).doesNotContain("[ERROR]").contains("| op |").contains("doubled |");
    assertThat(Pattern.compile("^\\| \\+I \\|", Pattern.MULTILINE).matcher(out).results().count()).isEqualTo(10);
    for (long id = 100; id <= 1000; id += 100) {
      assertThat(out).containsPattern("\\| \\+I \\| +" + id + " \\| +" + 2 * id + " \\|");
    }
    assertThat(out).contains("Received a total of 10 rows");
  }

  @Test
  void reportsASyntaxErrorAndGoesOn() throws IOException {
    String out = runShell(BOUNDED_TABLE + "SELEC id FROM t;\nSHOW TABLES;\n");

    assertThat(out).contains("[ERROR] line 1, column 1: ");
    assertThat(out).containsPattern("\\| t +\\|").contains("1 row in set");
  }

  @Test
  void ctrlCCancelsAnEndlessQuery() throws Exception {
    byte[] input = (UNBOUNDED_TABLE + "SELECT id FROM u;\nSHOW TABLES;\n").getBytes(UTF_8);

    try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(input), output)) {
      CompletableFuture<Void> shell = CompletableFuture.runAsync(
          () -> new InteractiveShell(terminal, session, null).run());
      awaitOutput("| +I |");
      terminal.raise(Terminal.Signal.INT);
      shell.get(20, TimeUnit.SECONDS);
    }

    assertThat(output.toString(UTF_8)).contains("[INFO] Query cancelled.").containsPattern("\\| u +\\|");
  }

  private void awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!output.toString(UTF_8).contains(text)) {
      assertThat(System.nanoTime()).as("waiting for %s", text).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
