package io.sluice.connectors.kafka.sink;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.connectors.kafka.RecordLayout;
import io.sluice.connectors.kafka.format.RowSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns a row into the Kafka record that writes it: the key columns into the key, the other columns into the
 * value, the timestamp column into the record's timestamp. For an upsert table an INSERT or UPDATE_AFTER is the
 * key's new value, and a DELETE a tombstone (the key and no value). So is an UPDATE_BEFORE: the planner sends
 * update-befores only when the sink's input is not keyed by the table's primary key, and then an update-before
 * may be the last word on its key (its update-after was filtered out, or has another key), so it must delete.
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

  /** The record of a row. */
  ProducerRecord<byte[], byte[]> encode(Row row) {
    Object[] fields = row.fields();
    byte[] keyBytes = key == null ? null : key.serialize(RecordLayout.pick(fields, layout.keyColumns()));
    boolean retraction = row.kind() == RowKind.DELETE || row.kind() == RowKind.UPDATE_BEFORE;
    if (retraction && key == null) {
      throw new IllegalStateException("A table without key cannot take " + row.kind());
    }
    byte[] valueBytes = retraction
        ? null : value.serialize(RecordLayout.pick(fields, layout.valueColumns()));
    Long timestamp = layout.timestampColumn() < 0 ? null : (Long) fields[layout.timestampColumn()];
    return new ProducerRecord<>(topic, null, timestamp, keyBytes, valueBytes);
  }
}
