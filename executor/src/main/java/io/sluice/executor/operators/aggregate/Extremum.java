package io.sluice.executor.operators.aggregate;

/** Which end of the order MIN and MAX keep; values are compared in their natural order (all SQL types have one). */
public enum Extremum {
  MIN,
  MAX;

  /** True if {@code candidate} replaces {@code current} (null: none yet). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public boolean isBetter(Object candidate, Object current) {
    if (current == null) {
      return true;
    }
    int order = ((Comparable) candidate).compareTo(current);
    return this == MIN ? order < 0 : order > 0;
  }
}
