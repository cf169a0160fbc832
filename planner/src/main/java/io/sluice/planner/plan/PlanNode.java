package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * A node of Sluice's physical plan: plain data, free of Calcite types, that the engine turns into a job. Every
 * node kind has a name and a version, so a plan written down today can be recognised and read later.
 */
public sealed interface PlanNode permits ScanNode, CalcNode, ValuesNode, UnionNode, SinkNode {
  /** The kind of node, as EXPLAIN shows it. */
  String kind();

  /** Version of this node kind's format; bumped when its meaning or fields change. */
  int version();

  List<PlanNode> inputs();

  RowType outputType();

  /** The node's own line in EXPLAIN, e.g. {@code Calc(select=[id], where=[>(id, 10)])}. */
  String describe();
}
