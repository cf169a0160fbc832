package io.sluice.common;

/**
 * The kind of change a {@link Row} stands for in a changelog, as in Flink: an insertion, the two halves of an
 * update (the old row retracted, the new row added) and a deletion.
 */
public enum RowKind {
  INSERT("+I"),
  UPDATE_BEFORE("-U"),
  UPDATE_AFTER("+U"),
  DELETE("-D");

  private final String shortString;

  RowKind(String shortString) {
    this.shortString = shortString;
  }

  /** The two-character form users see: {@code +I}, {@code -U}, {@code +U}, {@code -D}. */
  public String shortString() {
    return shortString;
  }

  /** True for the kinds that add a row to the result ({@code +I}, {@code +U}). */
  public boolean isAccumulate() {
    return this == INSERT || this == UPDATE_AFTER;
  }

  public static RowKind fromShortString(String s) {
    for (RowKind kind : values()) {
      if (kind.shortString.equals(s)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown row kind '" + s + "', expected one of +I, -U, +U, -D");
  }
}
