package io.sluice.connectors.kafka.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.sluice.common.types.RowType;
import java.io.UncheckedIOException;

/** Writes one CSV line without a line break; NULL is an empty value. */
final class CsvRowSerializer implements RowSerializer {
  private final RowType columns;
  private final ObjectWriter writer;

  CsvRowSerializer(RowType columns, char fieldDelimiter) {
    this.columns = columns;
    this.writer = new CsvMapper().writerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(fieldDelimiter).withLineSeparator(""));
  }

  @Override
  public byte[] serialize(Object[] values) {
    String[] texts = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      texts[i] = values[i] == null ? null : TextValues.format(values[i], columns.column(i).type());
    }
    try {
      return writer.writeValueAsBytes(texts);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
