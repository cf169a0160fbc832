package io.sluice.sql.parser;

import io.sluice.common.SqlPosition;
import io.sluice.sql.statement.SqlFragment;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters of the script being parsed, from which statements and fragments are copied verbatim. Text is
 * cut from the character stream rather than joined from tokens so that spacing, comments and case survive
 * exactly as typed: Calcite reparses fragments and its error positions must line up with the script.
 */
final class ScriptText {
  private final CharStream chars;

  ScriptText(CharStream chars) {
    this.chars = chars;
  }

  /** The 1-based line and column of the token's first character (ANTLR counts columns from 0). */
  static SqlPosition positionOf(Token token) {
    return new SqlPosition(token.getLine(), token.getCharPositionInLine() + 1);
  }

  /** Where the rule's first token is. */
  static SqlPosition positionOf(ParserRuleContext context) {
    return positionOf(context.getStart());
  }

  /**
   * The text from the rule's first token to its last one, both included. Comments and spaces before the first
   * or after the last token are not part of it.
   */
  String textOf(ParserRuleContext context) {
    return chars.getText(Interval.of(context.getStart().getStartIndex(), context.getStop().getStopIndex()));
  }

  /** The rule's text with the position of its first character. */
  SqlFragment fragmentOf(ParserRuleContext context) {
    return new SqlFragment(textOf(context), positionOf(context));
  }
}
