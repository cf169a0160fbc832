package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.Statement;

/** Runs one kind of statement. Errors are {@link io.sluice.common.SluiceException}s with a message for users. */
@FunctionalInterface
public interface StatementExecutor<S extends Statement> {
  StatementResult execute(S statement, EngineContext context);
}
