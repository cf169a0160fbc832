package io.sluice.executor.api;

/**
 * Reads one parallel share of a source. The runtime calls {@link #open} once, then {@link #pollNext} in a loop
 * from one thread, and {@link #close} once. A reader emits a small batch per call (tens to thousands of rows) so
 * the runtime can react to cancellation between calls; it never blocks for long inside {@code pollNext}.
 */
public interface SourceReader {
  /** Called once; {@code context.subtaskIndex()} and {@code parallelism()} tell which share to read. */
  default void open(OperatorContext context) throws Exception {}

  InputStatus pollNext(Output out) throws Exception;

  default void close() throws Exception {}
}
