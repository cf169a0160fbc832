package io.sluice.sql.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;

/**
 * Stops at the first syntax error and throws it as an {@link io.sluice.common.SqlException}, never recovering
 * and never printing to the console.
 *
 * <p>It keeps {@link DefaultErrorStrategy}'s checks (its {@code sync} notices a wrong token at the start of a
 * block, where the set of expected tokens is still complete) but turns off the repairs that would delete or
 * insert a token and go on: a script with an error is rejected whole, so there is nothing to go on with.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {

  /**
   * Forgets the state {@code sync} saved for the next error once a token is matched. {@code sync} saves it when
   * it passes an optional part that may end the rule, so that an error on the same token can also list what
   * that part would have taken; ANTLR keeps it after later tokens match, and then lists tokens expected
   * somewhere else ({@code CREATE VIEW v AS} would expect AS again).
   */
  @Override
  public void reportMatch(Parser parser) {
    super.reportMatch(parser);
    nextTokensContext = null;
    nextTokensState = ATNState.INVALID_STATE_NUMBER;
  }

  @Override
  public void reportError(Parser parser, RecognitionException e) {
    throw SyntaxErrorMessage.toException(e);
  }

  @Override
  public void recover(Parser parser, RecognitionException e) {
    throw SyntaxErrorMessage.toException(e);
  }

  /** Called by {@code sync} for a wrong token where a loop would go round again. */
  @Override
  protected void reportUnwantedToken(Parser parser) {
    throw new InputMismatchException(parser);
  }

  @Override
  protected void reportMissingToken(Parser parser) {
    throw new InputMismatchException(parser);
  }

  @Override
  protected boolean singleTokenInsertion(Parser parser) {
    return false;
  }

  @Override
  protected Token singleTokenDeletion(Parser parser) {
    return null;
  }
}
