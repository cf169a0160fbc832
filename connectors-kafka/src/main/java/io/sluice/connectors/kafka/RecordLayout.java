package io.sluice.connectors.kafka;

import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import io.sluice.connectors.kafka.format.FormatSettings;
import io.sluice.connectors.kafka.format.RecordFormat;
import io.sluice.connectors.kafka.format.RowDeserializer;
import io.sluice.connectors.kafka.format.RowSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the columns of a table live in a Kafka record: the key holds the key columns (none for {@code kafka}, the
 * PRIMARY KEY for {@code upsert-kafka}), the value every other column but the timestamp column, which is the
 * record's own timestamp ({@code 'timestamp-field'}).
 *
 * @param schema the table's physical columns
 * @param keyColumns indices of the key columns in {@code schema}; empty when records have no key
 * @param valueColumns indices of the columns the value holds
 * @param timestampColumn index of the column that is the record timestamp, or -1
 * @param keyFormat the format of the key; null when records have no key
 * @param valueFormat the format of the value
 * @param formatSettings delimiter and error handling of the formats
 */
public record RecordLayout(RowType schema, int[] keyColumns, int[] valueColumns, int timestampColumn,
    RecordFormat keyFormat, RecordFormat valueFormat, FormatSettings formatSettings) {

  /**
   * The layout of a table.
   *
   * @param keyNames the key columns, empty for none
   * @param timestampName the column that is the record timestamp, or null
   */
  static RecordLayout of(RowType schema, List<String> keyNames, String timestampName, RecordFormat keyFormat,
      RecordFormat valueFormat, FormatSettings settings) {
    int[] keys = keyNames.stream().mapToInt(schema::indexOf).toArray();
    int timestamp = timestampName == null ? -1 : schema.indexOf(timestampName);
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < schema.arity(); i++) {
      if (i != timestamp) {
        values.add(i);
      }
    }
    return new RecordLayout(schema, keys, values.stream().mapToInt(Integer::intValue).toArray(), timestamp,
        keyFormat, valueFormat, settings);
  }

  public boolean hasKey() {
    return keyColumns.length > 0;
  }

  public RowSerializer keySerializer() {
    return keyFormat.serializer(columns(keyColumns), formatSettings);
  }

  public RowDeserializer keyDeserializer() {
    return keyFormat.deserializer(columns(keyColumns), formatSettings);
  }

  public RowSerializer valueSerializer() {
    return valueFormat.serializer(columns(valueColumns), formatSettings);
  }

  public RowDeserializer valueDeserializer() {
    return valueFormat.deserializer(columns(valueColumns), formatSettings);
  }

  /** The values of {@code indices} taken from a row's fields. */
  public static Object[] pick(Object[] fields, int[] indices) {
    Object[] picked = new Object[indices.length];
    for (int i = 0; i < indices.length; i++) {
      picked[i] = fields[indices[i]];
    }
    return picked;
  }

  /** Puts {@code values} into a row's fields at {@code indices}. */
  public static void place(Object[] values, int[] indices, Object[] fields) {
    for (int i = 0; i < indices.length; i++) {
      fields[indices[i]] = values[i];
    }
  }

  private RowType columns(int[] indices) {
    List<Column> columns = new ArrayList<>();
    for (int index : indices) {
      columns.add(schema.column(index));
    }
    return new RowType(columns);
  }
}
