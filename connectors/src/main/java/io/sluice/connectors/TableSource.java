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

  /** A source that is nothing but its reader factory. */
  static TableSource of(SourceFactory readerFactory) {
    return () -> readerFactory;
  }
}
