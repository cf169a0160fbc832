package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * A node of Sluice's physical plan: plain data, free of Calcite types, that the engine turns into a job. Every
 * node kind has a name and a version, so a plan written down today can be recognised and read later.
 */
public sealed interface PlanNode
    permits ScanNode, CalcNode, ValuesNode, UnionNode, GroupAggregateNode, RankNode, DeduplicateNode, SinkNode,
        WatermarkAssignerNode, WindowTableFunctionNode, WindowAggregateNode, JoinNode, OverAggregateNode,
        WindowRankNode, TemporalJoinNode, LookupJoinNode {
  /** The kind of node, as EXPLAIN shows it. */
  String kind();

  /** Version of this node kind's format; bumped when its meaning or fields change. */
  int version();

  List<PlanNode> inputs();

  RowType outputType();

  /**
   * The kinds of change the node emits, inferred from its own semantics and its inputs' modes; EXPLAIN shows it
   * on every node.
   */
  ChangelogMode changelogMode();

  /**
   * The node's own line in EXPLAIN, e.g. {@code Calc(select=[id], where=[>(id, 10)])}: the kind, then the
   * attributes in parentheses (the printer adds the changelog mode before the closing one).
   */
  String describe();
}
