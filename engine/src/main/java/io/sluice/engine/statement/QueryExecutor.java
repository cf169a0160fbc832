package io.sluice.engine.statement;

import io.sluice.common.Row;
import io.sluice.engine.EngineContext;
import io.sluice.engine.CollectResult;
import io.sluice.engine.StatementResult;
import io.sluice.engine.translate.JobTranslator;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.planner.PlannedQuery;
import io.sluice.sql.statement.QueryStatement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A SELECT: plans it, starts its job, and hands back the rows as they come. */
final class QueryExecutor implements StatementExecutor<QueryStatement> {
  /** Rows the job may run ahead of the reader. */
  private static final int RESULT_BUFFER = 1024;

  @Override
  public StatementResult execute(QueryStatement statement, EngineContext context) {
    PlannedQuery plan = context.planner().planQuery(statement.query());
    BlockingQueue<Row> rows = new ArrayBlockingQueue<>(RESULT_BUFFER);
    JobTranslator translator =
        new JobTranslator(context.connectors(), context.configuration());
    translator.addCollect(plan.root(), rows);
    JobHandle job = Jobs.submit(context, JobNames.of(statement.text(), context.configuration()),
        translator.graph());
    return new StatementResult.Query(plan.root().outputType().columns(), new CollectResult(rows, job));
  }
}
