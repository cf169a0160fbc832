package io.sluice.engine.statement;

import io.sluice.common.Row;
import io.sluice.engine.EngineJobs;
import io.sluice.engine.CollectResult;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.engine.translate.JobTranslator;
import io.sluice.executor.graph.StreamGraph;
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
    JobHandle job = Jobs.submit(context, new EngineJobs.Submission(null,
        JobNames.of(statement.text(), context.configuration()), statement.text(), graphOf(plan, rows, context),
        context.configuration().copy(), context.user(), false));
    return new StatementResult.Query(plan.root().outputType().columns(), new CollectResult(rows, job));
  }

  /** Plans and translates, and drops the job unstarted. */
  @Override
  public void validate(QueryStatement statement, EngineContext context) {
    graphOf(context.planner().planQuery(statement.query()), new ArrayBlockingQueue<>(1), context);
  }

  private static StreamGraph graphOf(PlannedQuery plan, BlockingQueue<Row> rows, EngineContext context) {
    JobTranslator translator = new JobTranslator(context.connectors(), context.configuration());
    translator.addCollect(plan.root(), rows);
    return translator.graph();
  }
}
