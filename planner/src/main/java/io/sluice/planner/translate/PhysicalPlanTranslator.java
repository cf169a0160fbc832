package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.LogicalWatermarkAssigner;
import io.sluice.planner.changelog.ConnectorCapabilities;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.rel.LogicalRank;
import io.sluice.planner.rel.LogicalTemporalJoin;
import io.sluice.planner.plan.WindowSpec;
import io.sluice.planner.plan.WindowTableFunctionNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.core.Window;

/**
 * Translates an optimized Calcite plan, bottom up, into Sluice's physical plan: one translator per node kind. A
 * node kind without a translator is refused with a message naming it.
 */
public final class PhysicalPlanTranslator {
  private static final Map<Class<? extends RelNode>, RelTranslator<?>> TRANSLATORS = new LinkedHashMap<>();

  static {
    TRANSLATORS.put(TableScan.class, new ScanTranslator());
    TRANSLATORS.put(Calc.class, new CalcTranslator());
    TRANSLATORS.put(Values.class, new ValuesTranslator());
    TRANSLATORS.put(Union.class, new UnionTranslator());
    TRANSLATORS.put(Join.class, new JoinTranslator());
    TRANSLATORS.put(Aggregate.class, new AggregateTranslator());
    TRANSLATORS.put(LogicalRank.class, new RankTranslator());
    TRANSLATORS.put(Window.class, new OverAggregateTranslator());
    TRANSLATORS.put(LogicalWatermarkAssigner.class, new WatermarkAssignerTranslator());
    TRANSLATORS.put(TableFunctionScan.class, new WindowTableFunctionTranslator());
    TRANSLATORS.put(LogicalTemporalJoin.class, new TemporalJoinTranslator());
  }

  private PhysicalPlanTranslator() {}

  /** Translates with sources that insert only ({@link ConnectorCapabilities#DEFAULT}). */
  public static PlanNode translate(RelNode rel, JavaTypeFactory typeFactory) {
    return translate(rel, typeFactory, ConnectorCapabilities.DEFAULT);
  }

  /** Translates, asking {@code connectors} which row kinds each table's source emits. */
  public static PlanNode translate(RelNode rel, JavaTypeFactory typeFactory, ConnectorCapabilities connectors) {
    PlanNode root = translate(rel, new TranslationContext(typeFactory, connectors));
    checkNoSession(root);
    return root;
  }

  /** SESSION exists only inside a window aggregation, which takes the function over. */
  private static void checkNoSession(PlanNode node) {
    if (node instanceof WindowTableFunctionNode function && function.window().kind() == WindowSpec.Kind.SESSION) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "SESSION is supported only under a window aggregation "
          + "that groups its rows by window_start, window_end and its PARTITION BY columns.");
    }
    node.inputs().forEach(PhysicalPlanTranslator::checkNoSession);
  }

  private static PlanNode translate(RelNode rel, TranslationContext context) {
    List<PlanNode> inputs = new ArrayList<>();
    for (RelNode input : rel.getInputs()) {
      inputs.add(translate(input, context));
    }
    return translatorFor(rel).translate(rel, inputs, context);
  }

  @SuppressWarnings("unchecked")
  private static RelTranslator<RelNode> translatorFor(RelNode rel) {
    for (Map.Entry<Class<? extends RelNode>, RelTranslator<?>> entry : TRANSLATORS.entrySet()) {
      if (entry.getKey().isInstance(rel)) {
        return (RelTranslator<RelNode>) entry.getValue();
      }
    }
    throw new SluiceException(ErrorCode.UNSUPPORTED,
        "The query needs " + rel.getRelTypeName().replace("Logical", "")
            + ", which the streaming engine does not support yet.");
  }
}
