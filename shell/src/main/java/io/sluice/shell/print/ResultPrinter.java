package io.sluice.shell.print;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import java.util.List;

/**
 * Writes statement results in one output format. A printer serves one result: a finished table through
 * {@link #printTable}, or a streamed query through {@link #beginRows}, {@link #printRow} for each row, then
 * {@link #endRows}. Every call flushes, so rows show up as soon as they are printed.
 */
public interface ResultPrinter {

  /** Prints a finished result (SHOW TABLES, DESCRIBE, SET, ...) whole. */
  void printTable(List<String> header, List<List<String>> rows);

  /** Prints text as it is (the plans of EXPLAIN), ending with a line break. */
  void printText(String text);

  /** Starts a streamed query result; called once, before any row. */
  void beginRows(List<Column> columns);

  /** Prints one row of a streamed result, with its change kind; called between begin and end. */
  void printRow(Row row);

  /**
   * Ends a streamed result, whether the query finished, failed or was cancelled; called once, also when no row
   * came.
   *
   * @param rowCount how many rows were printed
   */
  void endRows(long rowCount);
}
