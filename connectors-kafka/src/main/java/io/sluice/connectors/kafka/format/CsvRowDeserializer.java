package io.sluice.connectors.kafka.format;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.sluice.common.types.RowType;
import java.io.IOException;

/**
 * Reads a record that is one CSV line (RFC 4180 quoting, by Jackson) with exactly one value per column. An empty
 * unquoted value is NULL for every type but strings, for which it is the empty string.
 */
final class CsvRowDeserializer implements RowDeserializer {
  private final RowType columns;
  private final ObjectReader reader;

  CsvRowDeserializer(RowType columns, char fieldDelimiter) {
    this.columns = columns;
    // Without WRAP_AS_ARRAY a CSV line is read as one array of its values.
    this.reader = new CsvMapper().readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(fieldDelimiter));
  }

  @Override
  public Object[] deserialize(byte[] bytes) {
    String[] texts;
    try {
      texts = reader.readValue(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a CSV line: " + e.getMessage(), e);
    }
    if (texts.length != columns.arity()) {
      throw new IllegalArgumentException("expected " + columns.arity() + " values but found " + texts.length);
    }
    Object[] values = new Object[texts.length];
    for (int i = 0; i < texts.length; i++) {
      var type = columns.column(i).type();
      boolean isNull = texts[i].isEmpty() && !type.root().isString();
      values[i] = isNull ? null : TextValues.parse(type, texts[i]);
    }
    return values;
  }
}
