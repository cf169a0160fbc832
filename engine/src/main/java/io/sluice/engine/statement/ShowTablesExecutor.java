package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.sql.statement.Statement;
import java.util.List;

/** SHOW TABLES (tables and views, as Flink lists them) and SHOW VIEWS. */
final class ShowTablesExecutor implements StatementExecutor<Statement> {
  private final boolean viewsOnly;

  ShowTablesExecutor(boolean viewsOnly) {
    this.viewsOnly = viewsOnly;
  }

  @Override
  public StatementResult execute(Statement statement, EngineContext context) {
    List<List<String>> rows = context.catalog().list().stream()
        .filter(o -> !viewsOnly || o.kind().equals("VIEW"))
        .map(CatalogObject::name)
        .map(List::of)
        .toList();
    return new StatementResult.Table(List.of(viewsOnly ? "view name" : "table name"), rows);
  }
}
