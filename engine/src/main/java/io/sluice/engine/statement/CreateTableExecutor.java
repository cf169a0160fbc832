package io.sluice.engine.statement;

import io.sluice.connectors.TableContext;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.TableResolver;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.sql.statement.CreateTableStatement;

/** CREATE TABLE: resolves the columns, checks the connector options, registers the table. */
final class CreateTableExecutor implements StatementExecutor<CreateTableStatement> {
  @Override
  public StatementResult execute(CreateTableStatement statement, EngineContext context) {
    CatalogTable table = new TableResolver(context.catalog()).resolve(statement);
    context.connectors().validate(
        new TableContext(table.name(), table.physicalSchema(), table.primaryKey(), table.options()));
    boolean created = context.catalog().create(table, statement.ifNotExists());
    return new StatementResult.Info(created
        ? "Table '" + table.name() + "' has been created."
        : "Table '" + table.name() + "' already exists; nothing changed.");
  }
}
