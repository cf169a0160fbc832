package io.sluice.connectors.kafka.format;

import io.sluice.common.types.RowType;

/**
 * The formats of Kafka record keys and values, as Flink names them in {@code 'format'}, {@code 'key.format'} and
 * {@code 'value.format'}.
 */
public enum RecordFormat {
  /** One line of comma-separated values, in column order, without a line break. */
  CSV,
  /** One JSON object with a member per column, named as the column. */
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A deserializer for records with these columns. */
  public RowDeserializer deserializer(RowType columns, FormatSettings settings) {
    return switch (this) {
      case CSV -> new CsvRowDeserializer(columns, settings.csvFieldDelimiter());
      case JSON -> new JsonRowDeserializer(columns);
    };
  }

  /** A serializer for records with these columns. */
  public RowSerializer serializer(RowType columns, FormatSettings settings) {
    return switch (this) {
      case CSV -> new CsvRowSerializer(columns, settings.csvFieldDelimiter());
      case JSON -> new JsonRowSerializer(columns);
    };
  }
}
