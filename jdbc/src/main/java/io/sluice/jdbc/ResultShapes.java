package io.sluice.jdbc;

/**
 * The columns of what each kind of statement gives back through the driver: one source for the server side,
 * which builds the result sets, and clients such as the shell, which read them back.
 *
 * <ul>
 *   <li>SELECT: {@value #OP} (the row kind: {@code +I}, {@code -U}, {@code +U}, {@code -D}), then the query's
 *       columns; the result streams until the query ends or is cancelled.
 *   <li>INSERT and statement sets: one row, {@value #JOB_ID} and {@value #JOB_NAME}.
 *   <li>CREATE, DROP, SET of a key, RESET, STOP JOB: one row, {@value #MESSAGE}.
 *   <li>EXPLAIN and HELP: one row per line of text, {@value #TEXT}.
 *   <li>SHOW TABLES, SHOW JOBS, DESCRIBE, SET without a key: their table, as the shell shows it.
 * </ul>
 */
public final class ResultShapes {
  /** The row kind of a query's row. */
  public static final String OP = "op";
  public static final String JOB_ID = "job_id";
  public static final String JOB_NAME = "job_name";
  public static final String MESSAGE = "message";
  public static final String TEXT = "text";

  private ResultShapes() {}
}
