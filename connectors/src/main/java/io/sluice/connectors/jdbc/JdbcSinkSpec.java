package io.sluice.connectors.jdbc;

/**
 * What every writer of one JDBC sink shares.
 *
 * @param connection how to connect
 * @param tableName the table in the database, for messages
 * @param writer the statements and the columns
 * @param maxRows rows (keys) after which the buffer is written; 0 for no limit
 * @param flushIntervalMillis how often the buffer is written; 0 for never by time
 * @param maxRetries retries of a failed write
 * @param guarantee what is promised across failures
 */
record JdbcSinkSpec(JdbcConnectionSpec connection, String tableName, JdbcRowWriter writer, int maxRows,
    long flushIntervalMillis, int maxRetries, DeliveryGuarantee guarantee) {

  RetryingConnection connect() {
    return new RetryingConnection(connection, tableName, maxRetries);
  }
}
