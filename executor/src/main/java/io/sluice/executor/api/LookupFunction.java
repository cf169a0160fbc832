package io.sluice.executor.api;

import java.util.List;

/**
 * Finds the rows of an external table whose lookup columns equal given values, for a lookup join. The runtime
 * calls {@link #open} once before the first lookup and {@link #close} once at the end (also after a failed open);
 * {@link #lookup} may be called from several threads at once, so an implementation must be thread-safe (a pool of
 * connections, a synchronized cache). Retries and caching are the implementation's business.
 */
public interface LookupFunction extends AutoCloseable {
  /** Connects; called once, before any lookup. */
  default void open() throws Exception {}

  /**
   * The rows (all physical columns of the table, in order) whose lookup columns equal {@code keys}, which are
   * never null; an empty list when there are none.
   */
  List<Object[]> lookup(Object[] keys) throws Exception;

  @Override
  default void close() throws Exception {}
}
