package io.sluice.connectors;

/** A connector that tables can be read from. */
public interface SourceConnectorFactory extends ConnectorFactory {
  /**
   * Describes how to read the table. Called when a table is created (to validate it) and again for each query
   * that reads it, so it must be cheap and free of side effects: no connections, no files opened. The options
   * have already been checked against {@link #options()}; this method checks what the declarations cannot
   * (ranges, combinations, fit to the column types) and throws a {@link io.sluice.common.SluiceException}
   * with {@link io.sluice.common.ErrorCode#INVALID_TABLE_OPTION} otherwise.
   */
  TableSource createSource(TableContext context);
}
