package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * Renders a plan as an indented tree, one node per line, the root first, in Flink's EXPLAIN style: the last input
 * of a node hangs off {@code +- }, the others off {@code :- }. Each line ends with the node's changelog mode, as
 * Flink's {@code EXPLAIN CHANGELOG_MODE} shows it: {@code Calc(select=[id], changelogMode=[I])}.
 */
public final class PlanPrinter {
  private PlanPrinter() {}

  public static String print(PlanNode root) {
    StringBuilder sb = new StringBuilder();
    print(root, "", "", sb);
    return sb.toString();
  }

  /** The node's line: its description with the changelog mode as the last attribute. */
  public static String line(PlanNode node) {
    String described = node.describe();
    if (!described.endsWith(")")) {
      throw new IllegalStateException("describe() of " + node.kind() + " must end with ')': " + described);
    }
    String attributes = described.substring(0, described.length() - 1);
    String separator = attributes.endsWith("(") ? "" : ", ";
    return attributes + separator + "changelogMode=[" + node.changelogMode() + "])";
  }

  /** The names of the fields, comma-separated, as EXPLAIN shows keys: {@code k, ts}. */
  static String fieldNames(RowType type, List<Integer> fields) {
    return String.join(", ", fields.stream().map(i -> type.column(i).name()).toList());
  }

  private static void print(PlanNode node, String prefix, String childPrefix, StringBuilder sb) {
    sb.append(prefix).append(line(node)).append('\n');
    List<PlanNode> inputs = node.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      boolean last = i == inputs.size() - 1;
      print(inputs.get(i), childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "), sb);
    }
  }
}
