package io.sluice.connectors.blackhole;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.TableSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlackholeSinkTest {
  @Test
  void takesEveryRowAndEmitsNothing() throws Exception {
    TableSink sink = REGISTRY.createSink(table(List.of(column("a", DataType.of(TypeRoot.INTEGER))),
        "connector", "blackhole"));
    BlackholeSinkOperator writer = (BlackholeSinkOperator) sink.writerFactory().create();
    CollectingOutput out = new CollectingOutput();
    writer.open(subtask(0, 1));

    writer.processRow(Row.of(1), out);
    writer.processRow(Row.ofKind(RowKind.DELETE, 1), out);
    writer.endInput(out);
    writer.close();

    assertThat(writer.rowCount()).isEqualTo(2);
    assertThat(out.rows).isEmpty();
  }
}
