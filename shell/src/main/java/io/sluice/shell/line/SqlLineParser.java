package io.sluice.shell.line;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Lets jline read one or more whole statements: Enter runs the buffer only once {@link StatementBuffer} finds it
 * complete (or blank); otherwise the parser throws {@link EOFError}, which makes jline add a line and show the
 * continuation prompt. For completion it cuts the buffer into words ({@link SqlParsedLine}).
 */
public final class SqlLineParser implements Parser {

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE) {
      StatementBuffer buffer = StatementBuffer.of(line);
      if (!buffer.isComplete() && !buffer.isBlank()) {
        throw new EOFError(-1, cursor, "statement not ended by ';'", ";");
      }
    }
    return SqlParsedLine.split(line, cursor);
  }

  /** SQL has no escape character outside literals: a backslash is just text. */
  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }
}
