package io.sluice.sql.parser;

import io.sluice.sql.parser.SluiceStatementParser.IdentifierContext;
import io.sluice.sql.parser.SluiceStatementParser.QualifiedNameContext;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** Turns string literals and names as written in the script into their values. */
final class Literals {
  private Literals() {}

  /** The value of a {@code 'string'} token: quotes removed, {@code ''} read as one {@code '}. */
  static String string(Token token) {
    return unquote(token.getText(), '\'');
  }

  /** A name: a plain word or keyword as written (case kept), or a back-quoted name without its quotes. */
  static String identifier(IdentifierContext context) {
    Token token = context.getStart();
    return token.getType() == SluiceStatementLexer.QUOTED_IDENTIFIER ? unquote(token.getText(), '`') : token.getText();
  }

  /**
   * A possibly dotted name, {@code catalog.db.table}, kept as one string: its parts joined with dots. A part
   * that is back-quoted loses its quotes, so {@code `db`.t} and {@code db.t} are the same name.
   */
  static String qualifiedName(QualifiedNameContext context) {
    return context.identifier().stream().map(Literals::identifier).collect(Collectors.joining("."));
  }

  private static String unquote(String quoted, char quote) {
    String doubled = String.valueOf(quote) + quote;
    return quoted.substring(1, quoted.length() - 1).replace(doubled, String.valueOf(quote));
  }
}
