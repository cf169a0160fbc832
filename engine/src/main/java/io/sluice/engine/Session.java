package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.sql.statement.Statement;
import java.util.List;

/** A user's conversation with the engine: their SET options, and the statements they run. Not thread-safe. */
public final class Session {

  /**
   * Splits and parses a script into statements.
   *
   * @throws io.sluice.common.SqlException on the first syntax error, with its line and column in the script
   */
  public List<Statement> parse(String script) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Runs one statement.
   *
   * @throws io.sluice.common.SluiceException with a message for the user; a {@link io.sluice.common.SqlException}
   *     carries the line and column in the script the statement came from
   */
  public StatementResult execute(Statement statement) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Parses one statement and runs it. */
  public StatementResult executeSql(String sql) {
    List<Statement> statements = parse(sql);
    if (statements.size() != 1) {
      throw new IllegalArgumentException("Expected one statement, got " + statements.size());
    }
    return execute(statements.get(0));
  }

  /** The options set in this session. */
  public Configuration configuration() {
    throw new UnsupportedOperationException("TODO");
  }
}
