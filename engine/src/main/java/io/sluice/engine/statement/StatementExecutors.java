package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.CreateSavepointStatement;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.CreateViewStatement;
import io.sluice.sql.statement.DescribeJobStatement;
import io.sluice.sql.statement.DescribeStatement;
import io.sluice.sql.statement.DropStatement;
import io.sluice.sql.statement.ExplainStatement;
import io.sluice.sql.statement.HelpStatement;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.QueryStatement;
import io.sluice.sql.statement.QuitStatement;
import io.sluice.sql.statement.ResetStatement;
import io.sluice.sql.statement.SetStatement;
import io.sluice.sql.statement.ShowCheckpointsStatement;
import io.sluice.sql.statement.ShowJobsStatement;
import io.sluice.sql.statement.ShowTablesStatement;
import io.sluice.sql.statement.ShowViewsStatement;
import io.sluice.sql.statement.Statement;
import io.sluice.sql.statement.StatementSetStatement;
import io.sluice.sql.statement.StopJobStatement;
import java.util.Map;

/** Which executor runs which kind of statement. */
public final class StatementExecutors {
  private static final Map<Class<? extends Statement>, StatementExecutor<?>> EXECUTORS = Map.ofEntries(
      Map.entry(CreateTableStatement.class, new CreateTableExecutor()),
      Map.entry(CreateViewStatement.class, new CreateViewExecutor()),
      Map.entry(DropStatement.class, new DropExecutor()),
      Map.entry(ShowTablesStatement.class, new ShowTablesExecutor(false)),
      Map.entry(ShowViewsStatement.class, new ShowTablesExecutor(true)),
      Map.entry(DescribeStatement.class, new DescribeExecutor()),
      Map.entry(SetStatement.class, new SetExecutor()),
      Map.entry(ResetStatement.class, new ResetExecutor()),
      Map.entry(QueryStatement.class, new QueryExecutor()),
      Map.entry(InsertStatement.class, new InsertExecutor()),
      Map.entry(StatementSetStatement.class, new InsertExecutor()),
      Map.entry(ExplainStatement.class, new ExplainExecutor()),
      Map.entry(ShowJobsStatement.class, new ShowJobsExecutor()),
      Map.entry(StopJobStatement.class, new StopJobExecutor()),
      Map.entry(CreateSavepointStatement.class, new CreateSavepointExecutor()),
      Map.entry(ShowCheckpointsStatement.class, new ShowCheckpointsExecutor()),
      Map.entry(DescribeJobStatement.class, new DescribeJobExecutor()),
      Map.entry(HelpStatement.class, new HelpExecutor()),
      Map.entry(QuitStatement.class, (StatementExecutor<QuitStatement>) (s, c) -> new StatementResult.Quit()));

  private StatementExecutors() {}

  public static StatementResult execute(Statement statement, EngineContext context) {
    return executorOf(statement).execute(statement, context);
  }

  /** Checks a statement without running a job (see {@link StatementExecutor#validate}). */
  public static void validate(Statement statement, EngineContext context) {
    executorOf(statement).validate(statement, context);
  }

  @SuppressWarnings("unchecked")
  private static StatementExecutor<Statement> executorOf(Statement statement) {
    StatementExecutor<Statement> executor = (StatementExecutor<Statement>) EXECUTORS.get(statement.getClass());
    if (executor == null) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "Statements of kind " + statement.getClass().getSimpleName() + " cannot be run yet.");
    }
    return executor;
  }
}
