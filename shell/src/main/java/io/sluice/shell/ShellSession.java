package io.sluice.shell;

import io.sluice.common.config.Configuration;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.Statement;
import java.util.List;
import java.util.Map;

/**
 * The little the shell needs from the engine, with the contracts of {@link io.sluice.engine.Session}. The shell
 * works against this interface rather than the engine's classes so that its tests can drive the REPL and script
 * mode with scripted results; {@link EngineSession} is the real one.
 */
public interface ShellSession {

  /**
   * Splits and parses a script into statements.
   *
   * @throws io.sluice.common.SqlException on the first syntax error, with its line and column in the script
   */
  List<Statement> parse(String script);

  /**
   * Runs one statement.
   *
   * @throws io.sluice.common.SluiceException with a message for the user; a {@link io.sluice.common.SqlException}
   *     carries the line and column in the script
   */
  StatementResult execute(Statement statement);

  /** Every table and view of the catalog with its column names (for completion). */
  Map<String, List<String>> tableColumns();

  /** The options set in this session so far. */
  Configuration configuration();

  /** Waits, without a time limit, until every job started so far has ended; true if none failed. */
  boolean awaitJobs() throws InterruptedException;
}
