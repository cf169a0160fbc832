package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.catalog.CatalogView;
import io.sluice.sql.statement.DropStatement;

/** DROP TABLE and DROP VIEW. Running jobs keep reading what they planned with. */
final class DropExecutor implements StatementExecutor<DropStatement> {
  @Override
  public StatementResult execute(DropStatement statement, EngineContext context) {
    boolean isView = statement.kind() == DropStatement.Kind.VIEW;
    boolean dropped = context.catalog().drop(statement.name(), isView ? CatalogView.class : CatalogTable.class,
        statement.ifExists());
    String what = isView ? "View" : "Table";
    return new StatementResult.Info(dropped
        ? what + " '" + statement.name() + "' has been dropped."
        : what + " '" + statement.name() + "' does not exist; nothing changed.");
  }
}
