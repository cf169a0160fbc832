package io.sluice.tests;

import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The independent answer: the same bounded input loaded into an in-memory H2 database and the same query run
 * there. Values are compared in a normal form (numbers by value, whatever their Java class), so a BIGINT and an
 * INTEGER holding 7 agree; floating-point numbers are rounded to {@link #FLOAT_DIGITS} significant digits, since
 * sums of doubles in another order differ in the last bits.
 */
final class H2Oracle implements AutoCloseable {
  static final int FLOAT_DIGITS = 9;

  private final Connection connection;

  H2Oracle(String databaseName) throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1");
  }

  void load(String table, RowType schema, List<List<Object>> rows) throws SQLException {
    String columns = schema.columns().stream().map(c -> c.name() + " " + h2Type(c)).collect(Collectors.joining(", "));
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " (" + columns + ")");
    }
    String marks = schema.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          insert.setObject(i + 1, row.get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Runs a statement that returns no rows, such as {@code CREATE INDEX}, to help H2 with larger inputs. */
  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  List<List<String>> query(String sql) throws SQLException {
    List<List<String>> result = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        result.add(normalize(row));
      }
    }
    return result;
  }

  static List<String> normalize(List<Object> row) {
    List<String> normal = new ArrayList<>();
    for (Object value : row) {
      if (value == null) {
        normal.add(null);
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        normal.add(d == 0 ? "0" : new BigDecimal(d).round(new MathContext(FLOAT_DIGITS)).stripTrailingZeros()
            .toPlainString());
      } else if (value instanceof Number number) {
        normal.add(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
      } else {
        normal.add(value.toString());
      }
    }
    return normal;
  }

  private static String h2Type(Column column) {
    return switch (column.type().root()) {
      case VARCHAR -> "VARCHAR";
      case INTEGER -> "INTEGER";
      case DECIMAL -> "DECIMAL(" + column.type().precision() + ", " + column.type().scale() + ")";
      default -> column.type().root().name();
    };
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
