package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.PlannedQuery;
import io.sluice.planner.QueryPlanner;
import io.sluice.sql.statement.ExplainStatement;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.QueryStatement;

/** EXPLAIN query / EXPLAIN INSERT: the logical plan as Calcite converted it, then Sluice's physical plan. */
final class ExplainExecutor implements StatementExecutor<ExplainStatement> {
  @Override
  public StatementResult execute(ExplainStatement statement, EngineContext context) {
    QueryPlanner planner = context.planner();
    PlannedQuery plan;
    if (statement.explained() instanceof QueryStatement query) {
      plan = planner.planQuery(query.query());
    } else if (statement.explained() instanceof InsertStatement insert) {
      plan = planner.planInsert(insert.table(), insert.query(), insert.position());
    } else {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "EXPLAIN takes a query or an INSERT.");
    }
    return new StatementResult.Text(plan.explain());
  }
}
