package io.sluice.sql.parser;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Replaces ANTLR's console listener: any error reported to it is thrown as a {@link SqlException}. The lexer
 * cannot fail (its last rule takes any character) and {@link FirstErrorStrategy} throws before the parser
 * reports, so this is a safety net that keeps ANTLR from printing and going on.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  static final SyntaxErrorListener INSTANCE = new SyntaxErrorListener();

  private SyntaxErrorListener() {}

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String message,
      RecognitionException e) {
    throw new SqlException(ErrorCode.SYNTAX_ERROR, new SqlPosition(line, charPositionInLine + 1), message);
  }
}
