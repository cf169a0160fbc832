package io.sluice.connectors.kafka.source;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.connectors.kafka.RecordLayout;
import io.sluice.connectors.kafka.format.RowDeserializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a Kafka record into a row of the table: the value's columns from the value, the key's from the key, the
 * timestamp column from the record's timestamp. A record without value (a tombstone) becomes a DELETE row with
 * only the key columns set, for upsert tables, and is skipped otherwise. One instance per reader.
 */
final class RecordDecoder {
  private final RecordLayout layout;
  private final RowDeserializer key;
  private final RowDeserializer value;

  RecordDecoder(RecordLayout layout) {
    this.layout = layout;
    this.key = layout.hasKey() ? layout.keyDeserializer() : null;
    this.value = layout.valueDeserializer();
  }

  /**
   * The row of a record, or null for a tombstone of a table without key.
   *
   * @throws IllegalArgumentException if the key or the value does not deserialize
   */
  Row decode(ConsumerRecord<byte[], byte[]> record) {
    return decode(record.key(), record.value(), record.timestamp());
  }

  /** The row of a record given by its parts. */
  Row decode(byte[] keyBytes, byte[] valueBytes, long timestamp) {
    Object[] fields = new Object[layout.schema().arity()];
    if (valueBytes == null) {
      if (key == null || keyBytes == null) {
        return null;
      }
      RecordLayout.place(key.deserialize(keyBytes), layout.keyColumns(), fields);
      return new Row(RowKind.DELETE, fields);
    }
    RecordLayout.place(value.deserialize(valueBytes), layout.valueColumns(), fields);
    if (layout.timestampColumn() >= 0) {
      fields[layout.timestampColumn()] = timestamp;
    }
    return new Row(RowKind.INSERT, fields);
  }
}
