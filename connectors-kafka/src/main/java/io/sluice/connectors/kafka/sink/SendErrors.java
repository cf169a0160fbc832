package io.sluice.connectors.kafka.sink;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Remembers the first error of the asynchronous sends of a writer, so that the writer's thread can fail with it at
 * the next row or checkpoint (the producer's callbacks run on its I/O thread).
 */
final class SendErrors implements Callback {
  private final String tableName;
  private volatile Exception first;

  SendErrors(String tableName) {
    this.tableName = tableName;
  }

  @Override
  public void onCompletion(RecordMetadata metadata, Exception exception) {
    if (exception != null && first == null) {
      first = exception;
    }
  }

  /** Throws the first error seen so far, if any. */
  void check() {
    Exception error = first;
    if (error != null) {
      throw new IllegalStateException("Table '" + tableName + "': writing to Kafka failed: " + error.getMessage(),
          error);
    }
  }
}
