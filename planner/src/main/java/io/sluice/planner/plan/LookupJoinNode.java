package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;
import java.util.Map;

/**
 * A lookup join, {@code l JOIN d FOR SYSTEM_TIME AS OF l.proc_time ON l.k = d.k}: for each input row the table
 * {@code d} is queried through its connector by the lookup keys, and the row joins what the table holds at that
 * moment (processing time); the input is not partitioned and nothing is kept in keyed state. The output keeps
 * each input row's change kind, so it has the input's changelog mode.
 *
 * @param table the looked-up table's name
 * @param tableSchema its physical columns: the right side of the output
 * @param primaryKey its primary key columns
 * @param options its WITH options (connector, URL, credentials: never shown by {@link #describe})
 * @param joinType INNER or LEFT
 * @param inputKeys fields of the input whose values are looked up
 * @param lookupKeys the table's columns they must equal, pairwise
 * @param condition the whole join condition compiled over the input fields followed by the table's
 * @param conditionText what EXPLAIN shows as {@code where=[...]}
 */
public record LookupJoinNode(PlanNode input, String table, RowType tableSchema, List<String> primaryKey,
    Map<String, String> options, JoinNode.JoinType joinType, List<Integer> inputKeys, List<Integer> lookupKeys,
    GeneratedCode condition, String conditionText, RowType outputType) implements PlanNode {

  public LookupJoinNode {
    primaryKey = List.copyOf(primaryKey);
    inputKeys = List.copyOf(inputKeys);
    lookupKeys = List.copyOf(lookupKeys);
  }

  public LookupJoinNode withInput(PlanNode newInput) {
    return new LookupJoinNode(newInput, table, tableSchema, primaryKey, options, joinType, inputKeys, lookupKeys,
        condition, conditionText, outputType);
  }

  @Override
  public String kind() {
    return "LookupJoin";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public ChangelogMode changelogMode() {
    return input.changelogMode();
  }

  @Override
  public String describe() {
    StringBuilder lookup = new StringBuilder();
    for (int i = 0; i < inputKeys.size(); i++) {
      lookup.append(i == 0 ? "" : ", ").append(tableSchema.column(lookupKeys.get(i)).name()).append('=')
          .append(input.outputType().column(inputKeys.get(i)).name());
    }
    return kind() + "(table=[" + table + "], joinType=[" + joinType.displayName() + "], lookup=[" + lookup
        + "], where=[" + conditionText + "])";
  }
}
