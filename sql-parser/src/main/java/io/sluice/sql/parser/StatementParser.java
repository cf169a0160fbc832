package io.sluice.sql.parser;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.sql.statement.Statement;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Parses a script of Sluice statements (the grammar is {@code SluiceStatement.g4}) into {@link Statement}
 * records.
 *
 * <p>A script is statements separated by {@code ;}: the last {@code ;} may be left out, empty statements are
 * skipped, keywords are case-insensitive, and {@code --} and {@code /* *}{@code /} comments may appear
 * anywhere. Queries and expressions are not parsed here but handed on as text (see {@link
 * io.sluice.sql.statement.SqlFragment}).
 */
public final class StatementParser {
  private StatementParser() {}

  /**
   * The statements of {@code script}, in order; an empty list for a script of only spaces, comments and
   * semicolons.
   *
   * @throws SqlException for the first error in the script, with its 1-based line and column: {@link
   *     ErrorCode#SYNTAX_ERROR} when the text does not parse, {@link ErrorCode#VALIDATION_ERROR} for a
   *     duplicate column or option or a length out of range, {@link ErrorCode#UNSUPPORTED} for a type or
   *     clause Sluice does not have. Nothing is returned for a script with an error.
   */
  public static List<Statement> parse(String script) {
    Objects.requireNonNull(script, "script");
    CharStream chars = CharStreams.fromString(script);
    SluiceStatementLexer lexer = new SluiceStatementLexer(chars);
    lexer.removeErrorListeners();
    lexer.addErrorListener(SyntaxErrorListener.INSTANCE);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    rejectUnterminated(tokens.getTokens());

    SluiceStatementParser parser = new SluiceStatementParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(SyntaxErrorListener.INSTANCE);
    parser.setErrorHandler(new FirstErrorStrategy());
    SluiceStatementParser.ScriptContext tree = parser.script();

    StatementBuilder builder = new StatementBuilder(new ScriptText(chars));
    return tree.statement().stream().map(builder::visit).toList();
  }

  /**
   * A quote or comment left open runs to the end of the script, so nothing after it could be parsed sensibly:
   * report it before parsing, at the place it opens.
   */
  private static void rejectUnterminated(List<Token> tokens) {
    for (Token token : tokens) {
      String detail = switch (token.getType()) {
        case SluiceStatementLexer.UNTERMINATED_STRING -> "Unterminated string literal: the closing ' is missing";
        case SluiceStatementLexer.UNTERMINATED_QUOTED_IDENTIFIER ->
            "Unterminated quoted identifier: the closing ` is missing";
        case SluiceStatementLexer.UNTERMINATED_DOUBLE_QUOTED ->
            "Unterminated double-quoted text: the closing \" is missing";
        case SluiceStatementLexer.UNTERMINATED_COMMENT -> "Unterminated comment: the closing */ is missing";
        default -> null;
      };
      if (detail != null) {
        throw new SqlException(ErrorCode.SYNTAX_ERROR, ScriptText.positionOf(token), detail);
      }
    }
  }
}
