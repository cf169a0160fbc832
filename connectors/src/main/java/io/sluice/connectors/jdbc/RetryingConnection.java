package io.sluice.connectors.jdbc;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One writer's connection, opened on first use, and its retries: a unit of work runs in one transaction; if it
 * throws a {@link SQLException} the transaction is rolled back, the connection dropped, and the work run again
 * on a fresh connection after a short pause (100 ms, doubling, at most 1 s), up to {@code maxRetries} times. Work
 * must therefore be repeatable: it writes a whole batch or nothing. The final error names the table and never the
 * password.
 */
final class RetryingConnection implements AutoCloseable {
  /** Work done in one transaction. */
  interface Transaction<T> {
    T run(Connection connection) throws SQLException;
  }

  private final JdbcConnectionSpec spec;
  private final String tableName;
  private final int maxRetries;
  private Connection connection;

  RetryingConnection(JdbcConnectionSpec spec, String tableName, int maxRetries) {
    this.spec = spec;
    this.tableName = tableName;
    this.maxRetries = maxRetries;
  }

  /** Runs the work and commits; retries as the class says. */
  <T> T inTransaction(Transaction<T> work) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (connection == null) {
          connection = spec.open();
          connection.setAutoCommit(false);
        }
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException e) {
        dropConnection();
        if (attempt >= maxRetries) {
          throw new SluiceException(ErrorCode.IO_ERROR, "Writing to table '" + tableName + "' failed after "
              + (attempt + 1) + " attempt(s): " + spec.mask(e.getMessage()));
        }
        Thread.sleep(Math.min(1000L, 100L << Math.min(attempt, 4)));
      }
    }
  }

  @Override
  public void close() {
    dropConnection();
  }

  private void dropConnection() {
    if (connection == null) {
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is broken; closing it is all that is left to do.
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Ditto.
    }
    connection = null;
  }
}
