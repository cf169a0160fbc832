package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.engine.translate.JobTranslator;
import io.sluice.executor.jobgraph.JobEdge;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.jobgraph.JobGraphTranslator;
import io.sluice.executor.jobgraph.JobVertex;
import io.sluice.planner.PlannedQuery;
import io.sluice.planner.QueryPlanner;
import io.sluice.planner.plan.SinkNode;
import io.sluice.sql.statement.ExplainStatement;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.QueryStatement;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;

/**
 * EXPLAIN query / EXPLAIN INSERT: the logical plan as Calcite converted it, Sluice's physical plan, then the
 * execution plan: the tasks the engine would run, translated with the session's configuration exactly as the
 * statement itself would be (two-phase aggregation, sliced windows, chaining, parallelism), without running it.
 */
final class ExplainExecutor implements StatementExecutor<ExplainStatement> {
  @Override
  public StatementResult execute(ExplainStatement statement, EngineContext context) {
    QueryPlanner planner = context.planner();
    JobTranslator translator = new JobTranslator(context.connectors(), context.configuration());
    PlannedQuery plan;
    if (statement.explained() instanceof QueryStatement query) {
      plan = planner.planQuery(query.query());
      translator.addCollect(plan.root(), new LinkedBlockingQueue<>());
    } else if (statement.explained() instanceof InsertStatement insert) {
      plan = planner.planInsert(insert.table(), insert.query(), insert.position());
      translator.addInsert((SinkNode) plan.root());
    } else {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "EXPLAIN takes a query or an INSERT.");
    }
    JobGraph job = JobGraphTranslator.translate(translator.graph(),
        context.configuration().get(SluiceOptions.MAX_PARALLELISM));
    return new StatementResult.Text(plan.explain() + "\n== Execution Plan ==\n" + print(job));
  }

  /**
   * One line per task, named as its threads are (the chained operators joined by arrows), with its parallelism
   * and, for each input, how rows reach it: {@code Task 1: GlobalGroupAggregate(...) [parallelism=2,
   * input=hash from Task 0]}.
   */
  private static String print(JobGraph job) {
    StringBuilder sb = new StringBuilder();
    for (JobVertex vertex : job.vertices()) {
      sb.append("Task ").append(vertex.id()).append(": ").append(vertex.name())
          .append(" [parallelism=").append(vertex.parallelism());
      String inputs = job.inputsOf(vertex.id()).stream()
          .map(ExplainExecutor::describe)
          .collect(Collectors.joining(", "));
      if (!inputs.isEmpty()) {
        sb.append(", input=").append(inputs);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  private static String describe(JobEdge edge) {
    return edge.exchange().kind().name().toLowerCase(Locale.ROOT) + " from Task " + edge.sourceVertex();
  }
}
