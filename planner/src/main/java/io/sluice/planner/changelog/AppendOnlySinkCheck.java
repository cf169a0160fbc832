package io.sluice.planner.changelog;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.PlanPrinter;
import io.sluice.planner.plan.SinkNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses to write an updating query into a sink that takes only inserts, naming the node whose output first
 * has updates and what the user can do about it.
 */
public final class AppendOnlySinkCheck {
  private AppendOnlySinkCheck() {}

  /**
   * @param connector the sink's connector, for the message
   * @param position where the INSERT statement starts
   * @throws SqlException with {@link ErrorCode#UNSUPPORTED} if the sink's input is not insert-only
   */
  public static void check(SinkNode sink, String connector, SqlPosition position) {
    if (!sink.input().changelogMode().hasUpdates()) {
      return;
    }
    PlanNode origin = updateOrigin(sink.input());
    throw new SqlException(ErrorCode.UNSUPPORTED, position, "Table '" + sink.table() + "' takes only inserts (connector '"
        + connector + "'), but the query updates its result: " + PlanPrinter.line(origin)
        + " produces updates and deletions. " + fix(sink) + ".");
  }

  /** The deepest node with updates whose inputs have none: where the updates come from. */
  static PlanNode updateOrigin(PlanNode node) {
    for (PlanNode input : node.inputs()) {
      if (input.changelogMode().hasUpdates()) {
        return updateOrigin(input);
      }
    }
    return node;
  }

  private static String fix(SinkNode sink) {
    Optional<List<Integer>> key = UpsertKeys.of(sink.input()).filter(k -> !k.isEmpty());
    if (key.isEmpty()) {
      return "To write it, use an upsert connector, or a sink whose connector takes updates";
    }
    String columns = key.get().stream().map(i -> sink.outputType().column(i).name())
        .collect(Collectors.joining(", "));
    return "To write it, declare PRIMARY KEY (" + columns + ") NOT ENFORCED on the sink, or use an upsert "
        + "connector";
  }
}
