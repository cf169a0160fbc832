package io.sluice.connectors.kafka.source;

/** A record that does not deserialize, when the table does not ignore parse errors; fails the job. */
public final class BadRecordException extends RuntimeException {
  BadRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
