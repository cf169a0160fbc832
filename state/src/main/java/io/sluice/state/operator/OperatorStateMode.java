package io.sluice.state.operator;

/**
 * How a state of an {@link OperatorStateBackend} is shared out among the new instances of its operator when a
 * job starts from a checkpoint, with the fixed code each mode has in snapshots (Flink's
 * {@code OperatorStateHandle.Mode}).
 */
public enum OperatorStateMode {
  /** List state: each entry to exactly one new instance ({@link OperatorStateRepartitioner}). */
  SPLIT_DISTRIBUTE(0),
  /** Union list state: every new instance gets every entry of every old instance. */
  UNION(1),
  /** Broadcast (map) state: every instance holds the same map; each new instance gets one old copy. */
  BROADCAST(2);

  private final int code;

  OperatorStateMode(int code) {
    this.code = code;
  }

  /** The byte that stands for this mode in a snapshot; never changes. */
  public int code() {
    return code;
  }

  /** @throws IllegalArgumentException for a code no mode has */
  public static OperatorStateMode ofCode(int code) {
    for (OperatorStateMode mode : values()) {
      if (mode.code == code) {
        return mode;
      }
    }
    throw new IllegalArgumentException("Unknown operator state mode code " + code);
  }
}
