package io.sluice.connectors.kafka.format;

import io.sluice.common.types.RowType;
import java.nio.charset.StandardCharsets;

/** Writes one CSV line ({@link CsvLine}) without a line break; NULL is an empty value. */
final class CsvRowSerializer implements RowSerializer {
  private final RowType columns;
  private final char delimiter;

  CsvRowSerializer(RowType columns, char delimiter) {
    this.columns = columns;
    this.delimiter = delimiter;
  }

  @Override
  public byte[] serialize(Object[] values) {
    String[] texts = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      texts[i] = values[i] == null ? null : TextValues.format(values[i], columns.column(i).type());
    }
    return CsvLine.encode(texts, delimiter).getBytes(StandardCharsets.UTF_8);
  }
}
