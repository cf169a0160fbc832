package io.sluice.connectors.print;

import io.sluice.common.Row;
import io.sluice.common.types.RowType;
import io.sluice.common.types.ValueFormatter;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import java.io.PrintStream;

/**
 * Writes each row as one line, {@code prefix +I[v1, v2]}, with the values formatted as the shell shows them and
 * NULL as {@code null}. The stream is looked up at {@link #open}, so a redirected {@code System.out} is
 * honoured.
 */
final class PrintSinkOperator implements Operator {
  private final RowType schema;
  private final String identifier;
  private final boolean standardError;
  private final StringBuilder line = new StringBuilder();
  private String prefix;
  private PrintStream stream;

  PrintSinkOperator(RowType schema, String identifier, boolean standardError) {
    this.schema = schema;
    this.identifier = identifier;
    this.standardError = standardError;
  }

  @Override
  public void open(OperatorContext context) {
    prefix = prefix(identifier, context.subtaskIndex(), context.parallelism());
    stream = standardError ? System.err : System.out;
  }

  /** Flink's rule: the subtask's number from 1 when there are several, after the identifier if any. */
  static String prefix(String identifier, int subtaskIndex, int parallelism) {
    String label = identifier;
    if (parallelism > 1) {
      label = (label.isEmpty() ? "" : label + ":") + (subtaskIndex + 1);
    }
    return label.isEmpty() ? "" : label + "> ";
  }

  @Override
  public void processRow(Row row, Output out) {
    line.setLength(0);
    line.append(prefix).append(row.kind().shortString()).append('[');
    for (int i = 0; i < row.arity(); i++) {
      if (i > 0) {
        line.append(", ");
      }
      Object value = row.field(i);
      line.append(i < schema.arity() ? ValueFormatter.format(value, schema.column(i).type()) : value);
    }
    // One println per line: PrintStream writes a line under its lock, so subtasks never interleave mid-line.
    stream.println(line.append(']').toString());
  }

  @Override
  public void endInput(Output out) {
    stream.flush();
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.flush();
    }
  }
}
