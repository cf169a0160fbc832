package io.sluice.connectors.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The marker table that makes the exactly-once JDBC sink's commits idempotent: each writer (a sink id and a
 * subtask) has one row holding the last checkpoint whose rows it committed, written in the same transaction as
 * those rows. A batch is committed only if its checkpoint is above the marker, so a restored writer that commits
 * again the batches its checkpoint lists writes each of them exactly once. Checkpoints of one writer are committed
 * in increasing order, so one row per writer is enough.
 *
 * @param table the marker table's name as written in SQL
 * @param sinkId the random id of the sink (its writers' job), kept in their state
 */
record CommitMarkers(String table, String sinkId) {
  /** Creates the table unless it exists; harmless to repeat. */
  void createTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (sink_id VARCHAR(64) NOT NULL, "
          + "subtask INT NOT NULL, checkpoint_id BIGINT NOT NULL, PRIMARY KEY (sink_id, subtask))");
    }
  }

  /** Whether the writer's rows of {@code checkpointId} were committed already, in this transaction's view. */
  boolean isCommitted(Connection connection, int subtask, long checkpointId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT checkpoint_id FROM " + table
        + " WHERE sink_id = ? AND subtask = ? FOR UPDATE")) {
      query.setString(1, sinkId);
      query.setInt(2, subtask);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) >= checkpointId;
      }
    }
  }

  /** Records that the writer committed its rows up to {@code checkpointId}, in the caller's transaction. */
  void record(Connection connection, int subtask, long checkpointId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
        + " SET checkpoint_id = ? WHERE sink_id = ? AND subtask = ?")) {
      update.setLong(1, checkpointId);
      update.setString(2, sinkId);
      update.setInt(3, subtask);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
        + " (sink_id, subtask, checkpoint_id) VALUES (?, ?, ?)")) {
      insert.setString(1, sinkId);
      insert.setInt(2, subtask);
      insert.setLong(3, checkpointId);
      insert.executeUpdate();
    }
  }
}
