package io.sluice.shell.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class SqlHighlighterTest {
  private final AttributedString line =
      new SqlHighlighter().highlight(null, "select name, 42 FROM t -- from\nWHERE s = 'from'");

  @Test
  void coloursKeywordsLiteralsNumbersAndComments() {
    String text = line.toString();
    assertThat(line.styleAt(text.indexOf("select"))).isEqualTo(SqlHighlighter.KEYWORD);
    assertThat(line.styleAt(text.indexOf("FROM"))).isEqualTo(SqlHighlighter.KEYWORD);
    assertThat(line.styleAt(text.indexOf("42"))).isEqualTo(SqlHighlighter.NUMBER);
    assertThat(line.styleAt(text.indexOf("-- from"))).isEqualTo(SqlHighlighter.COMMENT);
    assertThat(line.styleAt(text.indexOf("'from'") + 1)).isEqualTo(SqlHighlighter.STRING);
    assertThat(line.styleAt(text.indexOf("name"))).isNotEqualTo(SqlHighlighter.KEYWORD);
  }
}
