package io.sluice.planner.codegen;

import io.sluice.common.function.ProjectFilter;
import io.sluice.planner.calcite.CalciteFrontEnd;
import io.sluice.planner.plan.GeneratedCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexProgram;

/**
 * Generates the Java source of a {@link ProjectFilter} for a Calcite {@link RexProgram}, using Calcite's own
 * expression translator (the one its Enumerable back end uses), so every SQL function Calcite validates has an
 * implementation with Calcite's semantics. The generated class reads the input fields from an {@code Object[]} in
 * Calcite's array row format, returns null where the condition is not true, and otherwise a new array with the
 * projected values. Integer {@code MOD}s are first given arguments of one type ({@link IntegerModRewriter}), so that
 * they run on longs rather than {@code BigDecimal}s.
 */
public final class CalcCodeGenerator {
  private static final AtomicLong COUNTER = new AtomicLong();

  private CalcCodeGenerator() {}

  public static GeneratedCode generate(RexProgram calciteProgram, JavaTypeFactory typeFactory) {
    RexProgram program = IntegerModRewriter.rewrite(calciteProgram, new RexBuilder(typeFactory));
    ParameterExpression input = Expressions.parameter(Object[].class, "input");
    ParameterExpression root = Expressions.parameter(DataContext.class, "root");
    PhysType inputType = PhysTypeImpl.of(typeFactory, program.getInputRowType(), JavaRowFormat.ARRAY, false);
    PhysType outputType = PhysTypeImpl.of(typeFactory, program.getOutputRowType(), JavaRowFormat.ARRAY, false);
    RexToLixTranslator.InputGetter getter = new RexToLixTranslator.InputGetterImpl(input, inputType);

    BlockBuilder body = new BlockBuilder();
    if (program.getCondition() != null) {
      Expression condition = RexToLixTranslator.translateCondition(
          program, typeFactory, body, getter, null, CalciteFrontEnd.CONFORMANCE);
      body.add(Expressions.ifThen(Expressions.not(condition), Expressions.return_(null, Expressions.constant(null))));
    }
    List<Expression> projections = RexToLixTranslator.translateProjects(
        program, typeFactory, CalciteFrontEnd.CONFORMANCE, body, null, outputType, root, getter, null);
    body.add(Expressions.return_(null, outputType.record(projections)));

    String className = "GeneratedCalc" + COUNTER.incrementAndGet();
    String source = "public final class " + className + " implements " + ProjectFilter.class.getName() + " {\n"
        + "  private final " + DataContext.class.getName() + " root;\n"
        + "  public " + className + "(" + DataContext.class.getName() + " root) { this.root = root; }\n"
        + "  public Object[] apply(Object[] input) " + Expressions.toString(body.toBlock())
        + "}\n";
    return new GeneratedCode(className, source);
  }
}
