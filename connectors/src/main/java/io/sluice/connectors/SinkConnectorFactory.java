package io.sluice.connectors;

/** A connector that tables can be written to. */
public interface SinkConnectorFactory extends ConnectorFactory {
  /**
   * Describes how to write the table. The same contract as {@link SourceConnectorFactory#createSource}: cheap,
   * free of side effects, and throwing {@link io.sluice.common.ErrorCode#INVALID_TABLE_OPTION} for options that
   * do not fit.
   */
  TableSink createSink(TableContext context);
}
