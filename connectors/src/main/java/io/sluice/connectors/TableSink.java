package io.sluice.connectors;

import io.sluice.executor.api.OperatorFactory;

/**
 * How to write a table: the factory of the writer operators the job runs, one per parallel subtask. A writer
 * receives rows in the order of the table's physical schema.
 */
public interface TableSink {
  OperatorFactory writerFactory();

  /**
   * Whether the sink takes every {@link io.sluice.common.RowKind}; if false, the planner rejects queries that
   * produce updates or deletions into it.
   */
  boolean acceptsUpdates();

  static TableSink of(OperatorFactory writerFactory, boolean acceptsUpdates) {
    return new TableSink() {
      @Override
      public OperatorFactory writerFactory() {
        return writerFactory;
      }

      @Override
      public boolean acceptsUpdates() {
        return acceptsUpdates;
      }
    };
  }
}
