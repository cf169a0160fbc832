package io.sluice.planner.plan;

/**
 * The aggregate functions the runtime implements. AVG, STDDEV and VARIANCE are not among them: the planner
 * rewrites them into SUM and COUNT with a projection on top.
 */
public enum AggregateKind {
  /** Rows ({@code COUNT(*)}, no argument) or non-null values of the argument. */
  COUNT("COUNT"),
  /** Sum of the non-null values; NULL when there are none. */
  SUM("SUM"),
  /** Sum of the non-null values; 0 when there are none (Calcite's {@code $SUM0}). */
  SUM0("$SUM0"),
  MIN("MIN"),
  MAX("MAX"),
  /** The first non-null value to arrive that the group still holds. */
  FIRST_VALUE("FIRST_VALUE"),
  /** The last non-null value to arrive that the group still holds. */
  LAST_VALUE("LAST_VALUE"),
  /** The non-null values in arrival order, joined by the separator (the second argument, default ','). */
  LISTAGG("LISTAGG");

  private final String sqlName;

  AggregateKind(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The name EXPLAIN shows. */
  public String sqlName() {
    return sqlName;
  }
}
