package io.sluice.connectors;

import io.sluice.executor.api.SourceFactory;

/** How to read a table: the factory of the readers the job runs, one per parallel subtask. */
public interface TableSource {
  /** Creates the readers; each reads the share of the table given by its subtask index and the parallelism. */
  SourceFactory readerFactory();

  /** Whether reading ends by itself; an unbounded source runs until the job is stopped. */
  default boolean isBounded() {
    return readerFactory().isBounded();
  }

  /**
   * Whether the rows read are a changelog with retractions (an old row's {@code -U} before its {@code +U},
   * {@code -D} for a deletion) rather than inserts only. The planner picks operators that can take them back.
   */
  default boolean emitsRetractions() {
    return false;
  }

  /** A source of inserts that is nothing but its reader factory. */
  static TableSource of(SourceFactory readerFactory) {
    return () -> readerFactory;
  }

  /** A source whose readers emit a changelog with retractions ({@link #emitsRetractions}). */
  static TableSource changelog(SourceFactory readerFactory) {
    return new TableSource() {
      @Override
      public SourceFactory readerFactory() {
        return readerFactory;
      }

      @Override
      public boolean emitsRetractions() {
        return true;
      }
    };
  }
}
