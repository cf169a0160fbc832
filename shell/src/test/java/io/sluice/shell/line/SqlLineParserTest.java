package io.sluice.shell.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class SqlLineParserTest {
  private final SqlLineParser parser = new SqlLineParser();

  @Test
  void asksForMoreInputUntilTheStatementEnds() {
    assertThatThrownBy(() -> parser.parse("SELECT 'a;", 10, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThat(parser.parse("SELECT 'a;';", 12, ParseContext.ACCEPT_LINE).line()).isEqualTo("SELECT 'a;';");
  }

  @Test
  void acceptsBlankInputAndComments() {
    assertThat(parser.parse("", 0, ParseContext.ACCEPT_LINE).words()).containsExactly("");
    assertThat(parser.parse("-- don't", 8, ParseContext.ACCEPT_LINE).line()).isEqualTo("-- don't");
  }

  @Test
  void neverAsksForMoreInputWhileCompleting() {
    ParsedLine line = parser.parse("SELECT 'a", 9, ParseContext.COMPLETE);
    assertThat(line.word()).isEqualTo("'a");
  }

  @Test
  void splitsWordsAtBlanksAndPunctuation() {
    ParsedLine line = parser.parse("SET 'pipeline.name'='x'; SEL", 28, ParseContext.COMPLETE);
    assertThat(line.words()).containsExactly("SET", "'pipeline.name'", "'x'", "SEL");
    assertThat(line.wordIndex()).isEqualTo(3);
    assertThat(line.word()).isEqualTo("SEL");
    assertThat(line.wordCursor()).isEqualTo(3);
  }

  @Test
  void theCursorInsideAWordSplitsNothing() {
    ParsedLine line = parser.parse("SELECT id FROM t", 8, ParseContext.COMPLETE);
    assertThat(line.wordIndex()).isEqualTo(1);
    assertThat(line.word()).isEqualTo("id");
    assertThat(line.wordCursor()).isEqualTo(1);
  }

  @Test
  void aCursorBetweenWordsStandsOnAnEmptyWord() {
    ParsedLine atEnd = parser.parse("SET ", 4, ParseContext.COMPLETE);
    assertThat(atEnd.words()).containsExactly("SET", "");
    assertThat(atEnd.wordIndex()).isEqualTo(1);

    ParsedLine inGap = parser.parse("SELECT  FROM", 7, ParseContext.COMPLETE);
    assertThat(inGap.words()).containsExactly("SELECT", "", "FROM");
    assertThat(inGap.wordIndex()).isEqualTo(1);
  }

  @Test
  void backslashIsNotAnEscape() {
    assertThat(parser.isEscapeChar('\\')).isFalse();
  }
}
