package io.sluice.engine.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.function.ProjectFilter;
import io.sluice.common.types.RowType;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.connectors.LookupTableSource;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.operators.aggregate.GlobalGroupAggregateOperator;
import io.sluice.executor.operators.aggregate.GroupAggregateOperator;
import io.sluice.executor.operators.aggregate.LocalGroupAggregateOperator;
import io.sluice.executor.operators.aggregate.MiniBatch;
import io.sluice.executor.operators.aggregate.MiniBatchGroupAggregateOperator;
import io.sluice.executor.graph.Exchange;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.graph.StreamInput;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.GeneratedCode;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.LookupJoinNode;
import io.sluice.planner.plan.TemporalJoinNode;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.RankNode;
import io.sluice.planner.plan.ScanNode;
import io.sluice.planner.plan.SinkNode;
import io.sluice.planner.plan.UnionNode;
import io.sluice.planner.plan.ValuesNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowRankNode;
import io.sluice.planner.plan.WindowTableFunctionNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;

/**
 * Turns a physical plan into the runtime's stream graph: connectors become sources and sinks, plan nodes become
 * operators. Operators run at the session's parallelism; a producer at another parallelism (VALUES runs at 1)
 * feeds them through a rebalancing exchange, a keyed operator (group or window aggregate, Top-N, deduplication)
 * through a hash exchange on its key fields (a join: each input on its own key fields), and everything else is forwarded, so the runtime can chain it: a
 * table's watermark assigner runs in its source's task. Rebalancing only ever
 * carries insert-only rows: an updating stream stays on forward or hash exchanges, which keep the changes of one
 * key in order.
 *
 * <p>A table is read once per job: every scan of it (the inserts of a statement set, both sides of a self-join)
 * shares one source, as Flink's source reuse does, so a statement set reads its input once.
 */
public final class JobTranslator {
  private final ConnectorRegistry connectors;
  private final Configuration configuration;
  private final int parallelism;
  private final StreamGraph graph = new StreamGraph();
  private final Map<Integer, Integer> parallelismOf = new HashMap<>();
  /** The source added for each distinct scan; a scan is its table, schema and options, so equal scans read alike. */
  private final Map<ScanNode, Integer> sources = new HashMap<>();

  /** Operators run at the configuration's {@link SluiceOptions#PARALLELISM_DEFAULT}. */
  public JobTranslator(ConnectorRegistry connectors, Configuration configuration) {
    this.connectors = connectors;
    this.configuration = configuration;
    this.parallelism = configuration.get(SluiceOptions.PARALLELISM_DEFAULT);
  }

  public StreamGraph graph() {
    return graph;
  }

  /** Adds a plan whose root is a {@link SinkNode}. */
  public void addInsert(SinkNode sink) {
    translate(sink);
  }

  /** Adds a plan whose rows go, in one ordered stream, into {@code results}. */
  public void addCollect(PlanNode root, BlockingQueue<Row> results) {
    int input = translate(root);
    graph.addOperator("Collect", 1, () -> new CollectSinkOperator(results), input, Exchange.global());
  }

  private int translate(PlanNode node) {
    if (node instanceof ScanNode scan) {
      Integer shared = sources.get(scan);
      if (shared != null) {
        return shared;
      }
      TableSource source = connectors.createSource(context(scan.table(), scan.outputType(), scan.primaryKey(),
          scan.options()));
      int id = add(graph.addSource(scan.describe(), parallelism, source.readerFactory()), parallelism);
      sources.put(scan, id);
      return id;
    }
    if (node instanceof ValuesNode values) {
      return add(graph.addSource(values.describe(), 1, () -> new ValuesSourceReader(values.rows())), 1);
    }
    if (node instanceof CalcNode calc) {
      GeneratedCode code = calc.code();
      // Compile now, so a problem shows when the statement runs rather than inside a task.
      CodeCompiler.instantiate(code, ProjectFilter.class, new RuntimeDataContext());
      OperatorFactory factory = () -> new CalcOperator(code);
      return addOperator(calc.describe(), factory, translate(calc.input()));
    }
    if (node instanceof UnionNode union) {
      List<StreamInput> inputs = new ArrayList<>();
      for (PlanNode input : union.inputs()) {
        int id = translate(input);
        inputs.add(new StreamInput(id, exchangeFrom(id)));
      }
      return add(graph.addOperator(union.describe(), parallelism, ForwardOperator::new, inputs), parallelism);
    }
    if (node instanceof GroupAggregateNode aggregate) {
      return addAggregate(aggregate);
    }
    if (node instanceof RankNode rank) {
      return addKeyed(rank, rank.partitionKeys(), RankOperators.rank(rank));
    }
    if (node instanceof DeduplicateNode deduplicate) {
      return addKeyed(deduplicate, deduplicate.partitionKeys(), RankOperators.deduplicate(deduplicate));
    }
    if (node instanceof WatermarkAssignerNode assigner) {
      return addOperator(assigner.describe(), WindowOperatorFactories.watermarkAssigner(assigner, configuration),
          translate(assigner.input()));
    }
    if (node instanceof WindowTableFunctionNode function) {
      return addOperator(function.describe(), WindowOperatorFactories.windowTableFunction(function),
          translate(function.input()));
    }
    if (node instanceof WindowAggregateNode aggregate) {
      int input = translate(aggregate.input());
      StateKey key = FieldsKeySelector.stateKey(aggregate.keys(), aggregate.input().outputType());
      // A sliced window keeps other state than a plain one, so its name (and operator id) says so.
      String name = (WindowOperatorFactories.sliced(aggregate) ? "Slicing" : "") + aggregate.describe();
      return add(graph.addKeyedOperator(name, parallelism,
          WindowOperatorFactories.windowAggregate(aggregate), input, key), parallelism);
    }
    if (node instanceof JoinNode join) {
      return addJoin(join);
    }
    if (node instanceof TemporalJoinNode join) {
      return addTwoInputKeyed(join, join.leftKeys(), join.rightKeys(), JoinOperators.temporalJoin(join));
    }
    if (node instanceof LookupJoinNode join) {
      LookupTableSource table = connectors.createLookup(context(join.table(), join.tableSchema(),
          join.primaryKey(), join.options()), join.lookupKeys());
      return addOperator(join.describe(), JoinOperators.lookupJoin(join, table, configuration),
          translate(join.input()));
    }
    if (node instanceof OverAggregateNode over) {
      return addKeyed(over, over.partitionKeys(), WindowOperatorFactories.overAggregate(over));
    }
    if (node instanceof WindowRankNode rank) {
      return addKeyed(rank, rank.partitionKeys(), RankOperators.windowRank(rank));
    }
    if (node instanceof SinkNode sink) {
      TableSink tableSink = connectors.createSink(context(sink.table(), sink.outputType(), sink.primaryKey(),
          sink.options()));
      return addOperator("Sink: " + sink.table(), tableSink.writerFactory(), translate(sink.input()));
    }
    throw new SluiceException(ErrorCode.UNSUPPORTED, "No runtime translation for " + node.kind());
  }

  /**
   * A group aggregate, keyed by its grouping fields; with mini-batch on, applied in bundles, and split into a
   * local aggregate chained to its input and a global one after the shuffle when {@link MiniBatchOptions} says so.
   */
  private int addAggregate(GroupAggregateNode aggregate) {
    int[] grouping = aggregate.grouping().stream().mapToInt(Integer::intValue).toArray();
    boolean emitUpdateBefore = aggregate.emitUpdateBefore();
    MiniBatch miniBatch = MiniBatchOptions.of(configuration);
    if (miniBatch == null) {
      return addKeyed(aggregate, aggregate.grouping(), () -> new GroupAggregateOperator(
          grouping, AggregatorFactory.create(aggregate), emitUpdateBefore));
    }
    if (!MiniBatchOptions.twoPhase(configuration, aggregate)) {
      return addKeyed(aggregate, aggregate.grouping(), () -> new MiniBatchGroupAggregateOperator(
          grouping, AggregatorFactory.create(aggregate), emitUpdateBefore, miniBatch));
    }
    String name = aggregate.describe();
    int local = addOperator("Local" + name, () -> new LocalGroupAggregateOperator(
        grouping, AggregatorFactory.create(aggregate), miniBatch), translate(aggregate.input()));
    RowType in = aggregate.input().outputType();
    RowType groupFields = new RowType(aggregate.grouping().stream().map(in::column).toList());
    List<Integer> key = IntStream.range(0, grouping.length).boxed().toList();
    return add(graph.addKeyedOperator("Global" + name, parallelism, () -> new GlobalGroupAggregateOperator(
        grouping.length, AggregatorFactory.create(aggregate), emitUpdateBefore, miniBatch), local,
        FieldsKeySelector.stateKey(key, groupFields)), parallelism);
  }

  /** A regular, interval or window join, both inputs hash-partitioned by their join keys. */
  private int addJoin(JoinNode join) {
    return addTwoInputKeyed(join, join.leftKeys(), join.rightKeys(), JoinOperators.join(join));
  }

  /** A two-input keyed operator at full parallelism, each input hash-partitioned by its key fields. */
  private int addTwoInputKeyed(PlanNode node, List<Integer> leftKeys, List<Integer> rightKeys,
      OperatorFactory factory) {
    PlanNode leftNode = node.inputs().get(0);
    PlanNode rightNode = node.inputs().get(1);
    int left = translate(leftNode);
    int right = translate(rightNode);
    StateKey leftKey = FieldsKeySelector.stateKey(leftKeys, leftNode.outputType());
    StateKey rightKey = FieldsKeySelector.stateKey(rightKeys, rightNode.outputType());
    return add(graph.addTwoInputKeyedOperator(node.describe(), parallelism, factory, left, leftKey, right,
        rightKey), parallelism);
  }

  /**
   * A keyed operator at full parallelism for a node with one input, fed by a hash exchange on the given fields of
   * that input (without fields, the one key lands on one subtask); its output then goes on forward, keeping each
   * key's changes in order.
   */
  private int addKeyed(PlanNode node, List<Integer> keyFields, OperatorFactory factory) {
    PlanNode inputNode = node.inputs().get(0);
    int input = translate(inputNode);
    StateKey key = FieldsKeySelector.stateKey(keyFields, inputNode.outputType());
    return add(graph.addKeyedOperator(node.describe(), parallelism, factory, input, key), parallelism);
  }

  private int addOperator(String name, OperatorFactory factory, int input) {
    return add(graph.addOperator(name, parallelism, factory, input, exchangeFrom(input)), parallelism);
  }

  private Exchange exchangeFrom(int input) {
    return parallelismOf.get(input) == parallelism ? Exchange.forward() : Exchange.rebalance();
  }

  private int add(int id, int nodeParallelism) {
    parallelismOf.put(id, nodeParallelism);
    return id;
  }

  private static TableContext context(
      String table, io.sluice.common.types.RowType schema, List<String> primaryKey, Map<String, String> options) {
    return new TableContext(table, schema, primaryKey, options);
  }
}
