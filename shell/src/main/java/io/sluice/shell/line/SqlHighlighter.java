package io.sluice.shell.line;

import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input as it is typed: keywords ({@link SqlKeywords}) bold blue, string literals green, comments
 * dim, numbers cyan; quoted identifiers and everything else as typed. The text is read left to right once, with
 * the same rules for literals and comments as {@link StatementBuffer}; a literal or comment left open runs to the
 * end of the input.
 */
public final class SqlHighlighter implements Highlighter {
  static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    int i = 0;
    while (i < buffer.length()) {
      int end = tokenEnd(buffer, i);
      sb.styled(styleOf(buffer, i, end), buffer.substring(i, end));
      i = end;
    }
    return sb.toAttributedString();
  }

  /** Where the token starting at {@code start} ends (exclusive). */
  private static int tokenEnd(String text, int start) {
    char c = text.charAt(start);
    if (text.startsWith("--", start)) {
      int newline = text.indexOf('\n', start);
      return newline < 0 ? text.length() : newline;
    }
    if (text.startsWith("/*", start)) {
      int close = text.indexOf("*/", start + 2);
      return close < 0 ? text.length() : close + 2;
    }
    if (c == '\'' || c == '"' || c == '`') {
      int close = text.indexOf(c, start + 1);
      return close < 0 ? text.length() : close + 1;
    }
    if (isWordChar(c)) {
      int end = start;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      return end;
    }
    return start + 1;
  }

  private static AttributedStyle styleOf(String text, int start, int end) {
    char c = text.charAt(start);
    if (text.startsWith("--", start) || text.startsWith("/*", start)) {
      return COMMENT;
    }
    if (c == '\'') {
      return STRING;
    }
    if (Character.isDigit(c)) {
      return NUMBER;
    }
    if (isWordChar(c) && SqlKeywords.contains(text.substring(start, end))) {
      return KEYWORD;
    }
    return AttributedStyle.DEFAULT;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
