package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import io.sluice.common.types.ValueFormatter;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each row as one CSV line to {@code <directory>/<prefix>-<subtask>.csv}, which {@link #open} creates.
 * Fields are formatted as the shell shows them; a field with a comma, quote or line break is quoted with quotes
 * doubled, and NULL is an empty field. Only inserts arrive here (the planner refuses updating queries); any other
 * row kind is an error.
 */
final class FileSystemSinkOperator implements Operator {
  private final RowType schema;
  private final Path directory;
  private final String prefix;
  private final StringBuilder line = new StringBuilder();
  private BufferedWriter writer;

  FileSystemSinkOperator(RowType schema, Path directory, String prefix) {
    this.schema = schema;
    this.directory = directory;
    this.prefix = prefix;
  }

  @Override
  public void open(OperatorContext context) throws Exception {
    Files.createDirectories(directory);
    writer = Files.newBufferedWriter(directory.resolve(prefix + "-" + context.subtaskIndex() + ".csv"),
        StandardCharsets.UTF_8);
  }

  @Override
  public void processRow(Row row, Output out) throws Exception {
    if (row.kind() != RowKind.INSERT) {
      throw new IllegalStateException("The filesystem sink takes inserts only, got " + row);
    }
    line.setLength(0);
    for (int i = 0; i < row.arity(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String text = ValueFormatter.format(row.field(i), schema.column(i).type());
      if (text != null) {
        line.append(quoted(text));
      }
    }
    writer.write(line.append('\n').toString());
  }

  @Override
  public void endInput(Output out) throws Exception {
    writer.flush();
  }

  @Override
  public void close() throws Exception {
    if (writer != null) {
      writer.close();
    }
  }

  private static String quoted(String text) {
    boolean needsQuotes = text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n'
        || c == '\r');
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
