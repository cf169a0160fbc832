package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.SqlPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

  @Test
  void followsTheCauseChain() {
    Exception error = new IllegalStateException("cannot start", new IOException("disk full"));

    assertThat(ErrorText.describe(error)).isEqualTo("cannot start; caused by: IOException: disk full");
  }

  @Test
  void skipsACauseThatRepeatsItsWrapper() {
    IOException cause = new IOException("disk full");

    assertThat(ErrorText.describe(new UncheckedIOException(cause))).isEqualTo("java.io.IOException: disk full");
    assertThat(ErrorText.describe(new RuntimeException("disk full", cause))).isEqualTo("disk full");
  }

  @Test
  void namesTheClassOfAnErrorWithoutMessage() {
    assertThat(ErrorText.describe(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
  }

  @Test
  void pointsAtTheColumnOfALineWithACaret() {
    String script = "CREATE TABLE t;\n\tSELECT nope FROM t;";

    assertThat(ErrorText.pointAt(script, new SqlPosition(2, 9))).isEqualTo("\tSELECT nope FROM t;\n\t       ^\n");
    assertThat(ErrorText.pointAt(script, new SqlPosition(3, 1))).isEmpty();
  }
}
