package io.sluice.connectors.jdbc;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.LookupFunction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Looks rows up in a database table with {@code SELECT cols FROM table WHERE k1 = ? AND k2 = ?}. Connections are
 * pooled (one per thread that looks up at once, opened on first need, reused afterwards); a failed query closes its
 * connection and is retried on a fresh one up to {@code lookup.max-retries} times. With a {@link LookupCache},
 * cached keys are answered without a query. Error messages never hold the password.
 */
final class JdbcLookupFunction implements LookupFunction {
  private final JdbcLookupSpec spec;
  private final String query;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final List<Connection> opened = new ArrayList<>();

  JdbcLookupFunction(JdbcLookupSpec spec) {
    this.spec = spec;
    this.query = JdbcQueries.lookup(spec.tableName(), spec.schema(), spec.lookupColumns());
  }

  @Override
  public void open() throws Exception {
    if (spec.driver() != null) {
      Class.forName(spec.driver());
    }
  }

  @Override
  public List<Object[]> lookup(Object[] keys) throws Exception {
    List<Object> cacheKey = Arrays.asList(keys.clone());
    List<Object[]> cached = spec.cache() == null ? null : spec.cache().get(cacheKey);
    if (cached != null) {
      return cached;
    }
    List<Object[]> rows = queryWithRetries(keys);
    if (spec.cache() != null && (!rows.isEmpty() || spec.cacheMissingKeys())) {
      spec.cache().put(cacheKey, rows);
    }
    return rows;
  }

  private List<Object[]> queryWithRetries(Object[] keys) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Connection connection = null;
      try {
        connection = borrow();
        List<Object[]> rows = query(connection, keys);
        idle.add(connection);
        return rows;
      } catch (SQLException e) {
        closeQuietly(connection);
        if (attempt >= spec.maxRetries()) {
          throw new SluiceException(ErrorCode.IO_ERROR, "Lookup in table '" + spec.tableName()
              + "' failed after " + (attempt + 1) + " attempts: " + spec.mask(e.getMessage()));
        }
        Thread.sleep(Math.min(1000L, 10L << Math.min(attempt, 6)));
      }
    }
  }

  private List<Object[]> query(Connection connection, Object[] keys) throws SQLException {
    RowType schema = spec.schema();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < keys.length; i++) {
        int column = spec.lookupColumns().get(i);
        JdbcValues.write(statement, i + 1, schema.column(column).type().root(), keys[i]);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Object[] row = new Object[schema.arity()];
          for (int i = 0; i < row.length; i++) {
            row[i] = JdbcValues.read(result, i + 1, schema.column(i).type().root());
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  private Connection borrow() throws SQLException {
    Connection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    Properties login = new Properties();
    if (spec.username() != null) {
      login.setProperty("user", spec.username());
    }
    if (spec.password() != null) {
      login.setProperty("password", spec.password());
    }
    connection = DriverManager.getConnection(spec.url(), login);
    connection.setReadOnly(true);
    synchronized (opened) {
      opened.add(connection);
    }
    return connection;
  }

  private void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    synchronized (opened) {
      opened.remove(connection);
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Already broken: it is being replaced.
    }
  }

  @Override
  public void close() {
    synchronized (opened) {
      for (Connection connection : List.copyOf(opened)) {
        closeQuietly(connection);
      }
    }
    idle.clear();
  }
}
