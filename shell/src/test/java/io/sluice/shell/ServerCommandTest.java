package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.server.PasswordHashes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sluice server}'s command line: its options, and the password hashing helper. */
class ServerCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int sluice(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void helpDescribesTheServerOptions() {
    assertThat(sluice("server", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: sluice server", "--host", "127.0.0.1", "--port", "--state-dir",
        "--users", "--keystore", "hash-password");
  }

  @Test
  void hashPasswordPrintsAHashOfThePasswordReadFromStandardInput() {
    InputStream previous = System.in;
    System.setIn(new ByteArrayInputStream("correct horse\n".getBytes(StandardCharsets.UTF_8)));
    try {
      assertThat(sluice("server", "hash-password")).isZero();
    } finally {
      System.setIn(previous);
    }
    String hash = out.toString().strip();
    assertThat(hash).doesNotContain("correct horse");
    assertThat(PasswordHashes.matches("correct horse".toCharArray(), hash)).isTrue();
  }

  @Test
  void withoutAPasswordNothingIsHashed() {
    InputStream previous = System.in;
    System.setIn(new ByteArrayInputStream(new byte[0]));
    try {
      assertThat(sluice("server", "hash-password")).isEqualTo(2);
    } finally {
      System.setIn(previous);
    }
    assertThat(err.toString()).contains("no password given");
  }
}
