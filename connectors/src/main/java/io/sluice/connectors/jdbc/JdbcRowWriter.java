package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes a batch of changes to the table in the current transaction of a connection: inserts and updates with
 * the table's insert (append mode) or upsert statement, deletions by key. Within a batch each key holds at most one
 * change ({@link JdbcRowBuffer} reduces them), so the order of the two statements does not matter. For a database
 * without an upsert statement, an update deletes the key's row and inserts the new one (both statements run for
 * it: deletes first).
 *
 * @param write the insert or upsert statement, taking every column
 * @param delete the delete statement, taking the key columns; null in append mode
 * @param deleteBeforeInsert whether {@code write} is a plain insert in upsert mode
 * @param schema the rows' columns
 * @param keys indices of the key columns; empty in append mode
 */
record JdbcRowWriter(String write, String delete, boolean deleteBeforeInsert, RowType schema, List<Integer> keys) {
  JdbcRowWriter {
    keys = List.copyOf(keys);
  }

  boolean isUpsert() {
    return !keys.isEmpty();
  }

  void write(Connection connection, Collection<Row> rows) throws SQLException {
    try (PreparedStatement writes = connection.prepareStatement(write);
        PreparedStatement deletes = isUpsert() ? connection.prepareStatement(delete) : null) {
      boolean anyWrite = false;
      boolean anyDelete = false;
      for (Row row : rows) {
        if (row.kind() == RowKind.DELETE || deleteBeforeInsert) {
          for (int i = 0; i < keys.size(); i++) {
            set(deletes, i + 1, keys.get(i), row);
          }
          deletes.addBatch();
          anyDelete = true;
        }
        if (row.kind() != RowKind.DELETE) {
          for (int i = 0; i < row.arity(); i++) {
            set(writes, i + 1, i, row);
          }
          writes.addBatch();
          anyWrite = true;
        }
      }
      if (anyDelete) {
        deletes.executeBatch();
      }
      if (anyWrite) {
        writes.executeBatch();
      }
    }
  }

  private void set(PreparedStatement statement, int parameter, int field, Row row) throws SQLException {
    TypeRoot type = schema.column(field).type().root();
    Object value = row.field(field);
    if (value == null) {
      statement.setNull(parameter, type.jdbcType());
    } else {
      JdbcValues.write(statement, parameter, type, value);
    }
  }
}
