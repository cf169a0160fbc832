package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.EngineJobs;
import io.sluice.engine.StatementResult;
import io.sluice.engine.translate.JobTranslator;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.planner.QueryPlanner;
import io.sluice.planner.plan.SinkNode;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.Statement;
import io.sluice.sql.statement.StatementSetStatement;
import java.util.List;

/**
 * INSERT INTO and statement sets: plans every INSERT, then submits them as one job running in the background. The
 * inserts of a set share the sources of the tables they read (see {@link JobTranslator}).
 */
public final class InsertExecutor implements StatementExecutor<Statement> {
  @Override
  public StatementResult execute(Statement statement, EngineContext context) {
    JobHandle job = submit(statement, context, null);
    return new StatementResult.JobSubmitted(job.id(), job.name());
  }

  /** Plans and translates, and drops the job unstarted. */
  @Override
  public void validate(Statement statement, EngineContext context) {
    graphOf(statement, context);
  }

  /**
   * Plans an INSERT or statement set and starts it as a durable job of the context's user.
   *
   * @param jobId the id to run it under (a job resumed after a restart), or null for a new one
   */
  public static JobHandle submit(Statement statement, EngineContext context, String jobId) {
    return Jobs.submit(context, new EngineJobs.Submission(jobId,
        JobNames.of(statement.text(), context.configuration()), statement.text(), graphOf(statement, context),
        context.configuration().copy(), context.user(), true));
  }

  private static StreamGraph graphOf(Statement statement, EngineContext context) {
    List<InsertStatement> inserts = statement instanceof StatementSetStatement set
        ? set.inserts() : List.of((InsertStatement) statement);
    QueryPlanner planner = context.planner();
    JobTranslator translator = new JobTranslator(context.connectors(), context.configuration());
    for (InsertStatement insert : inserts) {
      translator.addInsert((SinkNode) planner.planInsert(insert.table(), insert.query(), insert.position()).root());
    }
    return translator.graph();
  }
}
