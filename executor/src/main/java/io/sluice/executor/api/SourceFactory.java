package io.sluice.executor.api;

/** Creates one {@link SourceReader} per parallel instance; must be safe to call from several threads. */
@FunctionalInterface
public interface SourceFactory {
  SourceReader create();

  /** False for a source that never ends by itself (its job runs until stopped). */
  default boolean isBounded() {
    return true;
  }
}
