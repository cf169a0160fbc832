package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.engine.translate.JobTranslator;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.planner.QueryPlanner;
import io.sluice.planner.plan.SinkNode;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.Statement;
import io.sluice.sql.statement.StatementSetStatement;
import java.util.List;

/** INSERT INTO and statement sets: plans every INSERT, then submits them as one job running in the background. */
final class InsertExecutor implements StatementExecutor<Statement> {
  @Override
  public StatementResult execute(Statement statement, EngineContext context) {
    List<InsertStatement> inserts = statement instanceof StatementSetStatement set
        ? set.inserts() : List.of((InsertStatement) statement);
    QueryPlanner planner = context.planner();
    JobTranslator translator =
        new JobTranslator(context.connectors(), context.configuration());
    for (InsertStatement insert : inserts) {
      translator.addInsert((SinkNode) planner.planInsert(insert.table(), insert.query(), insert.position()).root());
    }
    JobHandle job = Jobs.submit(context, JobNames.of(statement.text(), context.configuration()),
        translator.graph());
    return new StatementResult.JobSubmitted(job.id(), job.name());
  }
}
