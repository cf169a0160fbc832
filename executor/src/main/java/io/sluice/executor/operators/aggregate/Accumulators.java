package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.TypeSerializers;
import io.sluice.state.ValueState;
import java.util.ArrayList;
import java.util.List;

/**
 * The accumulator of a group (or window) as an {@code Object[]}: field 0 counts the rows it holds, then each
 * {@link Aggregator} owns the run of fields its {@link Aggregator#accumulatorTypes()} describe, in order. Shared
 * by the aggregation operators, which store accumulators in keyed state as rows of {@link #serializer()}.
 *
 * <p>Use from one operator instance: {@link #open} once, then create, accumulate, retract and read results per
 * row; {@link #clear} when a group's data goes away.
 */
public final class Accumulators {
  private final List<Aggregator> aggregators;
  private RowSerializer serializer;
  private int arity;

  /** @param aggregators fresh instances, used by this operator instance only */
  public Accumulators(List<Aggregator> aggregators) {
    this.aggregators = List.copyOf(aggregators);
  }

  /**
   * Opens every aggregator at its offset, with state names {@code agg0}, {@code agg1}, ... for the keyed state they
   * declare in {@code state}.
   */
  public void open(KeyedStateStore state) {
    open(state, "agg");
  }

  /** Opens the aggregators without keyed state: only for ones that {@link #canMerge} (they declare none). */
  public void openWithoutState() {
    open(null, "agg");
  }

  private void open(KeyedStateStore state, String statePrefix) {
    List<DataType> types = new ArrayList<>();
    types.add(DataType.of(TypeRoot.BIGINT).notNull());
    for (int i = 0; i < aggregators.size(); i++) {
      Aggregator aggregator = aggregators.get(i);
      aggregator.open(new AggregatorContext(types.size(), statePrefix + i, state));
      types.addAll(aggregator.accumulatorTypes());
    }
    arity = types.size();
    serializer = new RowSerializer(types.stream().map(t -> TypeSerializers.forRoot(t.root())).toList());
  }

  /** The format of accumulators kept as rows in keyed state; known after {@link #open}. */
  public RowSerializer serializer() {
    return serializer;
  }

  /** A new accumulator holding no rows. */
  public Object[] create() {
    Object[] accumulator = new Object[arity];
    accumulator[0] = 0L;
    for (Aggregator aggregator : aggregators) {
      aggregator.initialize(accumulator);
    }
    return accumulator;
  }

  /** Adds a row; returns the number of rows the accumulator holds now. */
  public long accumulate(Object[] accumulator, Row row) {
    long rows = (Long) accumulator[0] + 1;
    accumulator[0] = rows;
    for (Aggregator aggregator : aggregators) {
      aggregator.accumulate(accumulator, row);
    }
    return rows;
  }

  /**
   * Adds a row to the accumulator kept in {@code stored} under its current key and namespace, creating the
   * accumulator when there is none yet; returns whether it was created (the first row of its group or window).
   */
  public boolean accumulateInto(ValueState<Row> stored, Row row) {
    Row previous = stored.value();
    Object[] accumulator = previous == null ? create() : previous.fields();
    accumulate(accumulator, row);
    stored.update(new Row(RowKind.INSERT, accumulator));
    return previous == null;
  }

  /** Removes a row accumulated before; returns the number of rows the accumulator holds now. */
  public long retract(Object[] accumulator, Row row) {
    long rows = (Long) accumulator[0] - 1;
    accumulator[0] = rows;
    for (Aggregator aggregator : aggregators) {
      aggregator.retract(accumulator, row);
    }
    return rows;
  }

  /** Whether every aggregator can {@link Aggregator#merge}, so a two-phase aggregation can use them. */
  public boolean canMerge() {
    return aggregators.stream().allMatch(Aggregator::canMerge);
  }

  /** Adds the rows of another accumulator of this layout; returns the number of rows the accumulator holds now. */
  public long merge(Object[] accumulator, Object[] other) {
    long rows = (Long) accumulator[0] + (Long) other[0];
    accumulator[0] = rows;
    for (Aggregator aggregator : aggregators) {
      aggregator.merge(accumulator, other);
    }
    return rows;
  }

  /** One value per aggregator. */
  public Object[] results(Object[] accumulator) {
    Object[] results = new Object[aggregators.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = aggregators.get(i).result(accumulator);
    }
    return results;
  }

  /** Removes what the aggregators keep in their own keyed state for the current key (and namespace). */
  public void clear() {
    aggregators.forEach(Aggregator::clear);
  }
}
