package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.Statement;

/** Runs one kind of statement. Errors are {@link io.sluice.common.SluiceException}s with a message for users. */
@FunctionalInterface
public interface StatementExecutor<S extends Statement> {
  StatementResult execute(S statement, EngineContext context);

  /**
   * Checks the statement without starting or stopping a job ({@code sluice validate}), leaving in the context what
   * later statements need to be checked too. By default it runs the statement: right for those that only change
   * the session's catalog or options (DDL, SET) or show something; executors of statements that start or stop jobs
   * override it to plan, or to do nothing.
   *
   * @throws io.sluice.common.SluiceException as {@link #execute} does
   */
  default void validate(S statement, EngineContext context) {
    execute(statement, context);
  }
}
