package io.sluice.shell.print;

import java.io.PrintWriter;

/** How results are written: a boxed table for people, or CSV for other programs. */
public enum OutputFormat {
  TABLE,
  CSV;

  /**
   * A printer for one result.
   *
   * @param maxColumnWidth the widest a table column may be ({@code sql-client.display.max-column-width}); CSV
   *     never cuts values
   */
  public ResultPrinter newPrinter(PrintWriter out, int maxColumnWidth) {
    return this == TABLE ? new TablePrinter(out, maxColumnWidth) : new CsvPrinter(out);
  }
}
