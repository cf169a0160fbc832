package io.sluice.connectors.kafka.format;

import io.sluice.common.types.RowType;
import java.nio.charset.StandardCharsets;

/**
 * Reads a record that is one CSV line ({@link CsvLine}) with exactly one value per column. An empty value is NULL,
 * {@code ""} the empty string.
 */
final class CsvRowDeserializer implements RowDeserializer {
  private final RowType columns;
  private final char delimiter;

  CsvRowDeserializer(RowType columns, char delimiter) {
    this.columns = columns;
    this.delimiter = delimiter;
  }

  @Override
  public Object[] deserialize(byte[] bytes) {
    String line = new String(bytes, StandardCharsets.UTF_8);
    if (line.endsWith("\r\n")) {
      line = line.substring(0, line.length() - 2);
    } else if (line.endsWith("\n")) {
      line = line.substring(0, line.length() - 1);
    }
    String[] texts = CsvLine.decode(line, delimiter);
    if (texts.length != columns.arity()) {
      throw new IllegalArgumentException("expected " + columns.arity() + " values but found " + texts.length);
    }
    Object[] values = new Object[texts.length];
    for (int i = 0; i < texts.length; i++) {
      values[i] = texts[i] == null ? null : TextValues.parse(columns.column(i).type(), texts[i]);
    }
    return values;
  }
}
