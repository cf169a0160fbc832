package io.sluice.state;

/** The kinds of keyed state, with the fixed code each has in snapshots. */
public enum StateKind {
  VALUE(0),
  LIST(1),
  MAP(2),
  REDUCING(3),
  AGGREGATING(4);

  private final int code;

  StateKind(int code) {
    this.code = code;
  }

  /** The byte that stands for this kind in a snapshot; never changes. */
  public int code() {
    return code;
  }

  public static StateKind ofCode(int code) {
    for (StateKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown state kind code " + code);
  }
}
