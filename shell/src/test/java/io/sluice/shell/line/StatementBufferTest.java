package io.sluice.shell.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementBufferTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1;",
      "SELECT 1;   \n  ",
      "SELECT 1; SELECT 2;",
      "SELECT 1\nFROM t\nWHERE a = 1;",
      "SELECT 'a;b';",
      "SELECT 'it''s';",
      "SELECT \"weird;name\" FROM t;",
      "SELECT `weird;name` FROM t;",
      "SELECT 1; -- a comment after the statement",
      "SELECT 1; /* a comment; after the statement */",
      "SELECT /* ; */ 1;",
      "SELECT 1 -- ;\n;",
      "SELECT a--b\n;",
      "BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nINSERT INTO b SELECT 2;\nEND;",
      "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; INSERT INTO b SELECT 2; END;",
      "execute statement set begin insert into a select 1; end;",
      "END;",
  })
  void complete(String text) {
    StatementBuffer buffer = StatementBuffer.of(text);
    assertThat(buffer.isComplete()).isTrue();
    assertThat(buffer.isBlank()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1",
      "SELECT 1\nFROM t",
      "SELECT 1; SELECT 2",
      "SELECT 'a;",
      "SELECT 'a;b",
      "SELECT 'it'';",
      "SELECT \"weird;",
      "SELECT `weird;",
      "SELECT 1 -- ;",
      "SELECT 1 /* ; */",
      "SELECT 1; /* unfinished comment",
      "BEGIN STATEMENT SET;",
      "BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;",
      "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1;",
      "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END",
  })
  void incomplete(String text) {
    StatementBuffer buffer = StatementBuffer.of(text);
    assertThat(buffer.isComplete()).isFalse();
    assertThat(buffer.isBlank()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n", "-- just a comment", "-- one\n-- two\n", "/* a; comment */", "  -- x ;"})
  void blank(String text) {
    assertThat(StatementBuffer.of(text).isBlank()).isTrue();
    assertThat(StatementBuffer.of(text).isComplete()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/* an unfinished comment", "/* one */ /* two"})
  void anOpenBlockCommentIsNeitherBlankNorComplete(String text) {
    assertThat(StatementBuffer.of(text).isBlank()).isFalse();
    assertThat(StatementBuffer.of(text).isComplete()).isFalse();
  }
}
