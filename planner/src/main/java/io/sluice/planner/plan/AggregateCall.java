package io.sluice.planner.plan;

import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import java.util.List;
import java.util.Objects;

/**
 * One aggregate of a {@link GroupAggregateNode}, as plain data.
 *
 * @param kind the function
 * @param arguments indices of the arguments in the input row; empty for {@code COUNT(*)}
 * @param distinct true for {@code agg(DISTINCT x)}: every value counts once
 * @param filterArgument index of the BOOLEAN input field of {@code FILTER (WHERE ...)}, or -1 without a filter
 * @param resultType the type of the aggregate's value
 * @param name the name of the output column
 */
public record AggregateCall(
    AggregateKind kind, List<Integer> arguments, boolean distinct, int filterArgument, DataType resultType,
    String name) {
  public AggregateCall {
    Objects.requireNonNull(kind, "kind");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(resultType, "resultType");
  }

  /** {@code COUNT(DISTINCT b) FILTER $f2 AS c}, with the input's column names. */
  public String describe(RowType input) {
    String args = arguments.isEmpty() ? "*" : PlanPrinter.fieldNames(input, arguments);
    String text = kind.sqlName() + "(" + (distinct ? "DISTINCT " : "") + args + ")";
    if (filterArgument >= 0) {
      text += " FILTER " + input.column(filterArgument).name();
    }
    return text + " AS " + name;
  }
}
