package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.ResetStatement;

/** RESET 'key' goes back to the key's default; RESET alone resets every option of the session. */
final class ResetExecutor implements StatementExecutor<ResetStatement> {
  @Override
  public StatementResult execute(ResetStatement statement, EngineContext context) {
    if (statement.key() == null) {
      context.configuration().resetAll();
      return new StatementResult.Info("All session options have been reset.");
    }
    var option = ConfigKeys.require(statement.key());
    context.configuration().reset(option);
    return new StatementResult.Info("Option '" + option.key() + "' reset to its default ('"
        + option.defaultText() + "').");
  }
}
