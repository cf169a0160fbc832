package io.sluice.connectors.filesystem;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.ValueFormatter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * One JSON object per line (JSON Lines), keyed by column name, as Flink's {@code json} format writes rows:
 * numbers and booleans as JSON numbers and booleans, strings as strings, dates, times and timestamps as strings
 * in SQL form ({@code 2024-01-31 12:00:00.5}), NULL as {@code null}.
 */
final class JsonRowEncoder implements RowEncoder {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final RowType schema;
  private final String extension;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

  JsonRowEncoder(RowType schema, String extension) {
    this.schema = schema;
    this.extension = extension;
  }

  @Override
  public int write(Row row, OutputStream out) throws IOException {
    buffer.reset();
    try (JsonGenerator json = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      for (int i = 0; i < row.arity(); i++) {
        json.writeFieldName(schema.column(i).name());
        writeValue(json, row.field(i), schema.column(i).type());
      }
      json.writeEndObject();
    }
    buffer.write('\n');
    buffer.writeTo(out);
    return buffer.size();
  }

  @Override
  public String extension() {
    return extension;
  }

  private static void writeValue(JsonGenerator json, Object value, DataType type) throws IOException {
    if (value == null) {
      json.writeNull();
      return;
    }
    switch (type.root()) {
      case BOOLEAN -> json.writeBoolean((Boolean) value);
      case TINYINT, SMALLINT, INTEGER -> json.writeNumber(((Number) value).intValue());
      case BIGINT -> json.writeNumber((Long) value);
      case FLOAT -> json.writeNumber((Float) value);
      case DOUBLE -> json.writeNumber((Double) value);
      case DECIMAL -> json.writeNumber((BigDecimal) value);
      case CHAR, VARCHAR -> json.writeString((String) value);
      default -> json.writeString(ValueFormatter.format(value, type));
    }
  }
}
