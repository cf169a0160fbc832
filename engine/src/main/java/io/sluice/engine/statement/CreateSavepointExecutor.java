package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.CreateSavepointStatement;

/** CREATE SAVEPOINT FOR JOB 'id': a savepoint of a running job, which goes on running; answers its path. */
final class CreateSavepointExecutor implements StatementExecutor<CreateSavepointStatement> {
  @Override
  public StatementResult execute(CreateSavepointStatement statement, EngineContext context) {
    return Savepoints.result(Savepoints.take(Jobs.require(context, statement.jobId()), context,
        (job, directory) -> job.triggerSavepoint(directory)));
  }
}
