package io.sluice.connectors.kafka.sink;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.connectors.kafka.RecordLayout;
import io.sluice.connectors.kafka.format.RowSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns a row into the Kafka record that writes it: the key columns into the key, the other columns into the
 * value, the timestamp column into the record's timestamp. For an upsert table a DELETE is a tombstone (the key
 * and no value) and an UPDATE_BEFORE writes nothing, since the UPDATE_AFTER that follows replaces the key's value.
 * One instance per writer.
 */
final class RecordEncoder {
  private final String topic;
  private final RecordLayout layout;
  private final RowSerializer key;
  private final RowSerializer value;

  RecordEncoder(String topic, RecordLayout layout) {
    this.topic = topic;
    this.layout = layout;
    this.key = layout.hasKey() ? layout.keySerializer() : null;
    this.value = layout.valueSerializer();
  }

  /** The record of a row, or null if the row writes nothing. */
  ProducerRecord<byte[], byte[]> encode(Row row) {
    if (row.kind() == RowKind.UPDATE_BEFORE) {
      return null;
    }
    Object[] fields = row.fields();
    byte[] keyBytes = key == null ? null : key.serialize(RecordLayout.pick(fields, layout.keyColumns()));
    byte[] valueBytes = row.kind() == RowKind.DELETE
        ? null : value.serialize(RecordLayout.pick(fields, layout.valueColumns()));
    Long timestamp = layout.timestampColumn() < 0 ? null : (Long) fields[layout.timestampColumn()];
    return new ProducerRecord<>(topic, null, timestamp, keyBytes, valueBytes);
  }
}
