package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.common.types.RowType;
import io.sluice.common.types.ValueFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One CSV line per row (RFC 4180): fields formatted as the shell shows them ({@link ValueFormatter}); a field
 * with a comma, quote or line break, and the empty string, is quoted with quotes doubled; NULL is an empty field.
 */
final class CsvRowEncoder implements RowEncoder {
  private final RowType schema;
  private final String extension;
  private final StringBuilder line = new StringBuilder();

  CsvRowEncoder(RowType schema, String extension) {
    this.schema = schema;
    this.extension = extension;
  }

  @Override
  public int write(Row row, OutputStream out) throws IOException {
    line.setLength(0);
    for (int i = 0; i < row.arity(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String text = ValueFormatter.format(row.field(i), schema.column(i).type());
      if (text != null) {
        appendQuoted(text);
      }
    }
    byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    return bytes.length;
  }

  @Override
  public String extension() {
    return extension;
  }

  private void appendQuoted(String text) {
    boolean needsQuotes = text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n'
        || c == '\r');
    if (needsQuotes) {
      line.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      line.append(text);
    }
  }
}
