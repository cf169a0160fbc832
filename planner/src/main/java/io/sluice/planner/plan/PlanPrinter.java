package io.sluice.planner.plan;

import java.util.List;

/**
 * Renders a plan as an indented tree, one node per line, the root first, in Flink's EXPLAIN style: the last input
 * of a node hangs off {@code +- }, the others off {@code :- }.
 */
public final class PlanPrinter {
  private PlanPrinter() {}

  public static String print(PlanNode root) {
    StringBuilder sb = new StringBuilder();
    print(root, "", "", sb);
    return sb.toString();
  }

  private static void print(PlanNode node, String prefix, String childPrefix, StringBuilder sb) {
    sb.append(prefix).append(node.describe()).append('\n');
    List<PlanNode> inputs = node.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      boolean last = i == inputs.size() - 1;
      print(inputs.get(i), childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "), sb);
    }
  }
}
