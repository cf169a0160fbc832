package io.sluice.common;

/**
 * An error in SQL text that points at a place in it. The message starts with the position:
 * {@code line 1, column 1: ...}.
 */
public class SqlException extends SluiceException {
  private final SqlPosition position;
  private final String detail;

  public SqlException(ErrorCode code, SqlPosition position, String detail) {
    this(code, position, detail, null);
  }

  public SqlException(ErrorCode code, SqlPosition position, String detail, Throwable cause) {
    super(code, position + ": " + detail, cause);
    this.position = position;
    this.detail = detail;
  }

  public SqlPosition position() {
    return position;
  }

  /** The message without the position. */
  public String detail() {
    return detail;
  }

  /** The same error, moved by the position of the enclosing text (see {@link SqlPosition#offset}). */
  public SqlException shiftedBy(SqlPosition start) {
    return new SqlException(code(), start.offset(position), detail, getCause());
  }
}
