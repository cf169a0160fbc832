package io.sluice.shell.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {
  private final StringWriter text = new StringWriter();

  private TablePrinter printer(int maxColumnWidth) {
    return new TablePrinter(new PrintWriter(text), maxColumnWidth);
  }

  @Test
  void sizesAFinishedTableToItsContents() {
    printer(30).printTable(List.of("table name"), List.of(List.of("t"), List.of("orders_by_customer")));

    assertThat(text.toString()).isEqualTo("""
        +--------------------+
        | table name         |
        +--------------------+
        | t                  |
        | orders_by_customer |
        +--------------------+
        2 rows in set
        """);
  }

  @Test
  void cutsWideColumnsAtTheMaximumWidth() {
    printer(10).printTable(List.of("key", "value"),
        List.of(List.of("sql-client.display.max-column-width", "30"), Arrays.asList("pipeline.name", null)));

    assertThat(text.toString()).isEqualTo("""
        +------------+--------+
        | key        | value  |
        +------------+--------+
        | sql-cli... | 30     |
        | pipelin... | <NULL> |
        +------------+--------+
        2 rows in set
        """);
  }

  @Test
  void saysSoWhenATableIsEmptyOrHasOneRow() {
    printer(30).printTable(List.of("table name"), List.of());
    printer(30).printTable(List.of("a"), List.of(List.of("x")));

    assertThat(text.toString()).startsWith("Empty set\n").endsWith("| x |\n+---+\n1 row in set\n");
  }

  @Test
  void sizesAStreamedResultFromItsTypesAndPrintsRowsAsTheyCome() {
    TablePrinter printer = printer(30);
    printer.beginRows(List.of(
        new Column("id", DataType.of(TypeRoot.BIGINT)),
        new Column("name", DataType.string()),
        new Column("ok", DataType.of(TypeRoot.BOOLEAN))));
    String header = """
        +----+----------------------+--------------------------------+--------+
        | op |                   id | name                           | ok     |
        +----+----------------------+--------------------------------+--------+
        """;
    assertThat(text.toString()).isEqualTo(header);

    printer.printRow(Row.of(100L, "abcde", true));
    printer.printRow(Row.ofKind(RowKind.UPDATE_AFTER, -5L, null, null));
    printer.printRow(Row.of(1L, "x".repeat(40), false));
    printer.endRows(3);

    assertThat(text.toString()).isEqualTo(header + """
        | +I |                  100 | abcde                          | true   |
        | +U |                   -5 | <NULL>                         | <NULL> |
        | +I |                    1 | xxxxxxxxxxxxxxxxxxxxxxxxxxx... | false  |
        +----+----------------------+--------------------------------+--------+
        Received a total of 3 rows
        """);
  }

  @Test
  void leavesNoRoomForNullInANotNullColumn() {
    TablePrinter printer = printer(30);
    printer.beginRows(List.of(new Column("ok", DataType.of(TypeRoot.BOOLEAN).notNull())));

    assertThat(text.toString()).contains("| op | ok    |");
  }

  @Test
  void keepsValuesOnOneLine() {
    TablePrinter printer = printer(30);
    printer.beginRows(List.of(new Column("s", DataType.of(TypeRoot.VARCHAR, 8))));
    printer.printRow(Row.of("a\nb\tc"));
    printer.endRows(1);

    assertThat(text.toString()).contains("| +I | a b c    |\n").endsWith("Received a total of 1 row\n");
  }

  @Test
  void cutsEvenTheHeaderOfANarrowColumn() {
    TablePrinter printer = printer(3);
    printer.beginRows(List.of(new Column("amount", DataType.of(TypeRoot.INTEGER))));
    printer.printRow(Row.of(123456));
    printer.endRows(1);

    assertThat(text.toString()).startsWith("""
        +----+-----+
        | op | amo |
        +----+-----+
        | +I | 123 |
        """);
  }

  @Test
  void rejectsAWidthBelowOne() {
    assertThatThrownBy(() -> printer(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
