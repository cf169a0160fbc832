package io.sluice.executor.api;

/** What a {@link SourceReader} says after a call to {@link SourceReader#pollNext}. */
public enum InputStatus {
  /** More rows can be read right away. */
  MORE_AVAILABLE,
  /** Nothing to read now (throttled, or waiting for new data); the runtime waits a little and asks again. */
  NOTHING_AVAILABLE,
  /** A bounded input has been read to its end; {@code pollNext} is not called again. */
  END_OF_INPUT
}
