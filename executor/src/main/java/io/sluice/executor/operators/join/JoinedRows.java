package io.sluice.executor.operators.join;

/** Builds the output rows of a join: the left input's fields, then the right's. */
final class JoinedRows {
  private JoinedRows() {}

  /** {@code fields} of {@code input} (0 left, 1 right) joined with {@code other} of the other input. */
  static Object[] joined(int input, Object[] fields, Object[] other) {
    return input == 0 ? concat(fields, other) : concat(other, fields);
  }

  /** {@code fields} of {@code input} with {@code otherArity} nulls for the other input's fields. */
  static Object[] padded(int input, Object[] fields, int otherArity) {
    return joined(input, fields, new Object[otherArity]);
  }

  /** Tests the join condition on {@code fields} of {@code input} and {@code other} of the other input. */
  static boolean matches(JoinCondition condition, int input, Object[] fields, Object[] other) {
    return input == 0 ? condition.test(fields, other) : condition.test(other, fields);
  }

  private static Object[] concat(Object[] left, Object[] right) {
    Object[] fields = new Object[left.length + right.length];
    System.arraycopy(left, 0, fields, 0, left.length);
    System.arraycopy(right, 0, fields, left.length, right.length);
    return fields;
  }
}
