package io.sluice.common;

/** A place in SQL text: 1-based line and column, as editors show them. */
public record SqlPosition(int line, int column) {
  public static final SqlPosition START = new SqlPosition(1, 1);

  /**
   * Maps a position inside a piece of text that starts at {@code this} in the enclosing script to a position in
   * the script. Columns shift only on the piece's first line.
   */
  public SqlPosition offset(SqlPosition inner) {
    return inner.line == 1
        ? new SqlPosition(line, column + inner.column - 1)
        : new SqlPosition(line + inner.line - 1, inner.column);
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
