package io.sluice.sql.parser;

import static io.sluice.sql.parser.SluiceStatementParser.RULE_nonReserved;
import static io.sluice.sql.parser.SluiceStatementParser.RULE_statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Writes the message of a syntax error for a human: what was found and what was expected, as in
 * {@code Unexpected 'SELEC', expected one of: BEGIN, CREATE, ...}.
 *
 * <p>The expected set comes from ANTLR and is tidied before it is shown: keywords that may serve as names are
 * folded into "identifier"; where a new statement could start, the empty statement ({@code ;} or the end of
 * input) is left out because it is never what the user meant; and where the grammar takes any token (an
 * expression, an unquoted SET value) the rule's role is named instead of listing every token.
 */
final class SyntaxErrorMessage {
  private static final ATN ATN = SluiceStatementParser._ATN;
  private static final Vocabulary VOCABULARY = SluiceStatementParser.VOCABULARY;
  private static final IntervalSet NON_RESERVED = ATN.nextTokens(ATN.ruleToStartState[RULE_nonReserved]);
  private static final IntervalSet STATEMENT_STARTS = ATN.nextTokens(ATN.ruleToStartState[RULE_statement]);
  private static final int MAX_SHOWN_LENGTH = 40;

  private SyntaxErrorMessage() {}

  /** The error for {@code e}, positioned at the token where parsing could not go on. */
  static SqlException toException(RecognitionException e) {
    Token found = e.getOffendingToken();
    String detail = "Unexpected " + describeFound(found) + ", expected " + describeExpected(e);
    return new SqlException(ErrorCode.SYNTAX_ERROR, ScriptText.positionOf(found), detail);
  }

  private static String describeFound(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of input";
    }
    String text = token.getText();
    return "'" + (text.length() > MAX_SHOWN_LENGTH ? text.substring(0, MAX_SHOWN_LENGTH) + "..." : text) + "'";
  }

  private static String describeExpected(RecognitionException e) {
    IntervalSet expected = e.getExpectedTokens();
    int rule = e.getCtx() instanceof ParserRuleContext context ? context.getRuleIndex() : -1;
    if (expected.contains(SluiceStatementLexer.OTHER)) {
      return describeAnyToken(rule);
    }
    List<Integer> types = new ArrayList<>(expected.toList());
    if (types.containsAll(STATEMENT_STARTS.toList())) {
      types.removeAll(List.of(SluiceStatementLexer.SEMI, Token.EOF));
    }
    if (types.contains(SluiceStatementLexer.IDENTIFIER)) {
      types.removeAll(NON_RESERVED.toList());
      types.remove(Integer.valueOf(SluiceStatementLexer.QUOTED_IDENTIFIER));
    }
    types.sort(Comparator.comparingInt(SyntaxErrorMessage::group).thenComparing(type -> name(type, rule)));
    List<String> names = types.stream().map(type -> name(type, rule)).toList();
    return switch (names.size()) {
      case 0 -> "nothing more";
      case 1 -> names.get(0);
      case 2 -> names.get(0) + " or " + names.get(1);
      default -> "one of: " + String.join(", ", names);
    };
  }

  /** Where any token would do, says what the tokens make up. */
  private static String describeAnyToken(int rule) {
    return switch (rule) {
      case SluiceStatementParser.RULE_expression, SluiceStatementParser.RULE_parenthesized -> "an expression";
      case SluiceStatementParser.RULE_configKey, SluiceStatementParser.RULE_setStatement,
          SluiceStatementParser.RULE_resetStatement -> "a key";
      case SluiceStatementParser.RULE_configValue -> "a value";
      case SluiceStatementParser.RULE_typeArguments -> "a type";
      default -> "more input";
    };
  }

  /** Keywords first, then kinds of token (identifier, string literal, ...), punctuation, end of input. */
  private static int group(int type) {
    if (type == Token.EOF) {
      return 3;
    }
    String literal = VOCABULARY.getLiteralName(type);
    if (literal == null) {
      return 1;
    }
    return Character.isLetter(literal.charAt(1)) ? 0 : 2;
  }

  private static String name(int type, int rule) {
    if (type == Token.EOF) {
      return "end of input";
    }
    String literal = VOCABULARY.getLiteralName(type);
    if (literal != null) {
      return literal.substring(1, literal.length() - 1);
    }
    return switch (type) {
      // A column's type name is an identifier to the grammar, but not to the person writing it.
      case SluiceStatementLexer.IDENTIFIER ->
          rule == SluiceStatementParser.RULE_columnDefinition ? "type" : "identifier";
      case SluiceStatementLexer.QUOTED_IDENTIFIER -> "quoted identifier";
      case SluiceStatementLexer.STRING -> "string literal";
      case SluiceStatementLexer.INTEGER_VALUE -> "integer";
      default -> VOCABULARY.getDisplayName(type);
    };
  }
}
