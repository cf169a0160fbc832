package io.sluice.engine.statement;

import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.HelpStatement;
import java.util.List;

/** HELP: the statements Sluice understands, each with one line. */
final class HelpExecutor implements StatementExecutor<HelpStatement> {
  private static final List<List<String>> STATEMENTS = List.of(
      List.of("CREATE TABLE name (...) WITH (...)", "Registers a table read or written by a connector."),
      List.of("CREATE VIEW name AS query", "Registers a named query."),
      List.of("DROP TABLE | VIEW [IF EXISTS] name", "Removes a table or view."),
      List.of("SHOW TABLES | VIEWS", "Lists tables and views."),
      List.of("DESCRIBE name", "Shows the columns of a table or view."),
      List.of("SELECT ...", "Runs a query; 'sql-client.execution.result-mode' says how rows show (Ctrl-C stops it)."),
      List.of("INSERT INTO name SELECT ...", "Submits a job that writes a query into a table."),
      List.of("EXECUTE STATEMENT SET BEGIN ... END", "Submits several INSERTs as one job."),
      List.of("EXPLAIN query", "Shows the logical and physical plans."),
      List.of("SHOW JOBS", "Lists the jobs: status, restarts, rows in and out, last checkpoint, failure, late rows."),
      List.of("STOP JOB 'id' [WITH SAVEPOINT [WITH DRAIN]]", "Stops a job, optionally with a savepoint."),
      List.of("CREATE SAVEPOINT FOR JOB 'id'", "Takes a savepoint of a running job."),
      List.of("SHOW CHECKPOINTS FOR JOB 'id'", "Lists a job's recent checkpoints and savepoints."),
      List.of("DESCRIBE JOB 'id'", "Shows a job's status, state backend, state and checkpoint sizes, settings."),
      List.of("SET 'key' = 'value'", "Sets a session option; SET alone lists them."),
      List.of("RESET ['key']", "Resets one option or all."),
      List.of("QUIT | EXIT", "Leaves the shell."));

  @Override
  public StatementResult execute(HelpStatement statement, EngineContext context) {
    // Text rather than a table: the shell would cut the long lines at its column width.
    int width = STATEMENTS.stream().mapToInt(s -> s.get(0).length()).max().orElse(0) + 2;
    StringBuilder sb = new StringBuilder();
    for (List<String> line : STATEMENTS) {
      sb.append(String.format("%-" + width + "s%s%n", line.get(0), line.get(1)));
    }
    return new StatementResult.Text(sb.toString());
  }
}
