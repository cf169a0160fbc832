package io.sluice.planner.plan;

/** Renders a plan as an indented tree, one node per line, the root first (as Flink's EXPLAIN does). */
public final class PlanPrinter {
  private PlanPrinter() {}

  public static String print(PlanNode root) {
    StringBuilder sb = new StringBuilder();
    print(root, 0, sb);
    return sb.toString();
  }

  private static void print(PlanNode node, int depth, StringBuilder sb) {
    sb.append(depth == 0 ? "" : "   ".repeat(depth - 1) + "+- ").append(node.describe()).append('\n');
    for (PlanNode input : node.inputs()) {
      print(input, depth + 1, sb);
    }
  }
}
