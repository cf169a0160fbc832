package io.sluice.state.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSerializerTest {
  private final ListSerializer<String> strings = new ListSerializer<>(StringSerializer.INSTANCE);

  @Test
  void listsRoundTripAsMutableLists() {
    for (List<String> list : List.of(List.<String>of(), List.of("a"), List.of("x", "", "yz"))) {
      List<String> read = Serialization.fromBytes(strings, Serialization.toBytes(strings, list));
      assertThat(read).isEqualTo(list);
      read.add("more");
    }
    ListSerializer<Row> rows = new ListSerializer<>(new RowSerializer(List.of(PrimitiveSerializer.LONG)));
    List<Row> list = List.of(Row.of(1L), Row.of((Object) null));
    assertThat(Serialization.fromBytes(rows, Serialization.toBytes(rows, list))).isEqualTo(list);
  }

  @Test
  void formatIsTheCountThenTheElements() {
    assertThat(Serialization.toBytes(strings, List.of("a", "bc"))).containsExactly(2, 1, 'a', 2, 'b', 'c');
    assertThat(strings.snapshot().toString()).isEqualTo("LIST(v1)<STRING(v1)>");
    assertThat(strings).isEqualTo(new ListSerializer<>(StringSerializer.INSTANCE));
  }
}
