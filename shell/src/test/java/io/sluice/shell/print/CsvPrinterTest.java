package io.sluice.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPrinterTest {
  private final StringWriter text = new StringWriter();
  private final CsvPrinter printer = new CsvPrinter(new PrintWriter(text));

  @Test
  void streamsRowsWithTheirChangeKind() {
    printer.beginRows(List.of(
        new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("total", DataType.of(TypeRoot.DECIMAL, 10, 2))));
    printer.printRow(Row.of(100L, new BigDecimal("200.50")));
    printer.printRow(Row.ofKind(RowKind.UPDATE_BEFORE, 100L, new BigDecimal("200.50")));
    printer.printRow(Row.ofKind(RowKind.DELETE, 7L, null));
    printer.endRows(3);

    assertThat(text.toString()).isEqualTo("op,id,total\n+I,100,200.50\n-U,100,200.50\n-D,7,\n");
  }

  @Test
  void formatsValuesByType() {
    printer.beginRows(List.of(
        new Column("d", DataType.of(TypeRoot.DATE)), new Column("ts", DataType.of(TypeRoot.TIMESTAMP, 3))));
    printer.printRow(Row.of(0, 1_000L));

    assertThat(text.toString()).endsWith("+I,1970-01-01,1970-01-01 00:00:01\n");
  }

  @Test
  void quotesWhatNeedsQuotingAndKeepsNullApartFromEmpty() {
    printer.beginRows(List.of(new Column("s", DataType.string())));
    for (String value : Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", null)) {
      printer.printRow(Row.of(value));
    }

    assertThat(text.toString()).isEqualTo(
        "op,s\n+I,plain\n+I,\"a,b\"\n+I,\"say \"\"hi\"\"\"\n+I,\"two\nlines\"\n+I,\"cr\rhere\"\n+I,\"\"\n+I,\n");
  }

  @Test
  void quotesHeadersToo() {
    printer.beginRows(List.of(new Column("a,b", DataType.string())));

    assertThat(text.toString()).isEqualTo("op,\"a,b\"\n");
  }

  @Test
  void printsFinishedTablesWithoutTheChangeKind() {
    printer.printTable(List.of("key", "value"), List.of(List.of("pipeline.name", "my, job"), Arrays.asList("x", null)));

    assertThat(text.toString()).isEqualTo("key,value\npipeline.name,\"my, job\"\nx,\n");
  }

  @Test
  void printsNothingButTheHeaderForAnEmptyResult() {
    printer.beginRows(List.of(new Column("id", DataType.of(TypeRoot.INTEGER))));
    printer.endRows(0);

    assertThat(text.toString()).isEqualTo("op,id\n");
  }
}
