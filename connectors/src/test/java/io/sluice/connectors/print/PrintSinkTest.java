package io.sluice.connectors.print;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.executor.api.Operator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrintSinkTest {
  private static final List<Column> COLUMNS = List.of(
      column("a", DataType.of(TypeRoot.BIGINT)), column("b", DataType.string()));

  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  /** Writes the rows through one print writer and returns what it printed to standard output. */
  private String print(List<Column> columns, int index, int parallelism, List<Row> rows, String... options)
      throws Exception {
    List<String> all = new ArrayList<>(List.of("connector", "print"));
    all.addAll(List.of(options));
    Operator writer = REGISTRY.createSink(table(columns, all.toArray(String[]::new))).writerFactory().create();
    writer.open(subtask(index, parallelism));
    for (Row row : rows) {
      writer.processRow(row, new CollectingOutput());
    }
    writer.endInput(new CollectingOutput());
    writer.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsOneLinePerRowWithItsKind() throws Exception {
    String printed = print(COLUMNS, 0, 1, List.of(Row.of(100L, "x"), Row.ofKind(RowKind.UPDATE_BEFORE, 1L, null),
        Row.ofKind(RowKind.DELETE, 2L, "y")));

    assertThat(printed.lines()).containsExactly("+I[100, x]", "-U[1, null]", "-D[2, y]");
  }

  @Test
  void formatsValuesAsTheShellDoes() throws Exception {
    List<Column> columns = List.of(column("d", DataType.of(TypeRoot.DATE)),
        column("ts", DataType.of(TypeRoot.TIMESTAMP, 3)), column("m", DataType.of(TypeRoot.DECIMAL, 10, 2)));

    String printed = print(columns, 0, 1, List.of(Row.of(0, 1_500L, new BigDecimal("1.50"))));

    assertThat(printed.lines()).containsExactly("+I[1970-01-01, 1970-01-01 00:00:01.5, 1.50]");
  }

  @Test
  void theIdentifierStartsEachLine() throws Exception {
    assertThat(print(COLUMNS, 0, 1, List.of(Row.of(1L, "a")), "print-identifier", "sink").lines())
        .containsExactly("sink> +I[1, a]");
  }

  @Test
  void withSeveralSubtasksTheLineNamesTheSubtaskFromOne() throws Exception {
    assertThat(print(COLUMNS, 1, 3, List.of(Row.of(1L, "a")), "print-identifier", "sink").lines())
        .containsExactly("sink:2> +I[1, a]");
    out.reset();
    assertThat(print(COLUMNS, 0, 3, List.of(Row.of(1L, "a"))).lines()).containsExactly("1> +I[1, a]");
  }

  @Test
  void standardErrorPrintsThere() throws Exception {
    assertThat(print(COLUMNS, 0, 1, List.of(Row.of(1L, "a")), "standard-error", "true")).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly("+I[1, a]");
  }

  @Test
  void prefixFollowsFlink() {
    assertThat(PrintSinkOperator.prefix("", 0, 1)).isEmpty();
    assertThat(PrintSinkOperator.prefix("", 3, 4)).isEqualTo("4> ");
    assertThat(PrintSinkOperator.prefix("id", 0, 1)).isEqualTo("id> ");
    assertThat(PrintSinkOperator.prefix("id", 0, 2)).isEqualTo("id:1> ");
  }
}
