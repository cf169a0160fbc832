package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.TableResolver;
import io.sluice.planner.catalog.CatalogView;
import io.sluice.sql.statement.CreateViewStatement;

/** CREATE VIEW: validates the query now, so a broken view is refused at once. */
final class CreateViewExecutor implements StatementExecutor<CreateViewStatement> {
  @Override
  public StatementResult execute(CreateViewStatement statement, EngineContext context) {
    CatalogView view = new TableResolver(context.catalog()).resolve(statement);
    boolean created = context.catalog().create(view, statement.ifNotExists());
    return new StatementResult.Info(created
        ? "View '" + view.name() + "' has been created."
        : "View '" + view.name() + "' already exists; nothing changed.");
  }
}
