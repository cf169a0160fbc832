package io.sluice.state.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.BroadcastState;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.VoidNamespace;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operator state as the runtime uses it: instances declare states, snapshot, and new instances at the same or
 * another parallelism restore from all the old pieces.
 */
class OperatorStateBackendTest {
  private static final ListStateDescriptor<String> SPLITS = new ListStateDescriptor<>("splits", StringSerializer.INSTANCE);
  private static final ListStateDescriptor<Long> PENDING = new ListStateDescriptor<>("pending", PrimitiveSerializer.LONG);
  private static final MapStateDescriptor<String, Integer> RULES =
      new MapStateDescriptor<>("rules", StringSerializer.INSTANCE, PrimitiveSerializer.INT);

  /** Old parallelism, new parallelism. */
  static Stream<Arguments> rescales() {
    return Stream.of(Arguments.of(2, 3), Arguments.of(3, 2), Arguments.of(1, 3), Arguments.of(3, 1),
        Arguments.of(2, 2), Arguments.of(4, 4));
  }

  /**
   * Instance {@code i} of {@code parallelism} holds splits {@code "s<i>-<n>"} ({@code 2 + i} of them), pending
   * transactions {@code 100 * i + n} and the same broadcast rules.
   */
  private static List<byte[]> snapshots(int parallelism) {
    List<byte[]> pieces = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      OperatorStateBackend store = new OperatorStateBackend();
      ListState<String> splits = store.getListState(SPLITS);
      ListState<Long> pending = store.getUnionListState(PENDING);
      for (int n = 0; n < 2 + i; n++) {
        splits.add("s" + i + "-" + n);
        pending.add(100L * i + n);
      }
      store.getBroadcastState(RULES).putAll(Map.of("a", 1, "b", 2, "c", 3));
      pieces.add(store.snapshot());
    }
    return pieces;
  }

  private static <T> List<T> list(Iterable<T> values) {
    List<T> list = new ArrayList<>();
    values.forEach(list::add);
    return list;
  }

  private static <K, V> Map<K, V> map(BroadcastState<K, V> state) {
    Map<K, V> map = new HashMap<>();
    state.entries().forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rescales")
  void listEntriesGoToExactlyOneNewInstanceEvenly(int from, int to) throws IOException {
    List<byte[]> old = snapshots(from);
    List<String> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < to; i++) {
      OperatorStateBackend store = OperatorStateBackend.restore(old, i, to);
      assertThat(store.isRestored()).isTrue();
      List<String> mine = list(store.getListState(SPLITS).get());
      all.addAll(mine);
      sizes.add(mine.size());
      if (from == to) {
        String own = "s" + i + "-";
        assertThat(mine).as("same parallelism: own entries back").allMatch(s -> s.startsWith(own));
      }
    }
    List<String> expected = snapshotsContent(from);
    assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    if (from != to) {
      assertThat(all).as("contiguous runs in old-instance order").containsExactlyElementsOf(expected);
      assertThat(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
          - sizes.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
    }
  }

  private static List<String> snapshotsContent(int parallelism) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      for (int n = 0; n < 2 + i; n++) {
        all.add("s" + i + "-" + n);
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rescales")
  void everyInstanceGetsAllUnionEntries(int from, int to) throws IOException {
    List<byte[]> old = snapshots(from);
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < from; i++) {
      for (int n = 0; n < 2 + i; n++) {
        expected.add(100L * i + n);
      }
    }
    for (int i = 0; i < to; i++) {
      assertThat(list(OperatorStateBackend.restore(old, i, to).getUnionListState(PENDING).get()))
          .containsExactlyElementsOf(expected);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rescales")
  void everyInstanceGetsTheSameBroadcastMap(int from, int to) throws IOException {
    List<byte[]> old = snapshots(from);
    for (int i = 0; i < to; i++) {
      assertThat(map(OperatorStateBackend.restore(old, i, to).getBroadcastState(RULES)))
          .isEqualTo(Map.of("a", 1, "b", 2, "c", 3));
    }
  }

  @Test
  void roundTripKeepsEveryKindAndGoesOn() throws IOException {
    OperatorStateBackend store = new OperatorStateBackend();
    store.getListState(SPLITS).update(List.of("x", "y"));
    store.getUnionListState(PENDING).add(7L);
    BroadcastState<String, Integer> rules = store.getBroadcastState(RULES);
    rules.put("k", 1);
    rules.put("j", 2);
    byte[] first = store.snapshot();
    rules.put("later", 3);

    OperatorStateBackend restored = OperatorStateBackend.restore(Arrays.asList(first), 0, 1);
    assertThat(restored.stateNames()).containsExactlyInAnyOrder("splits", "pending", "rules");
    assertThat(list(restored.getListState(SPLITS).get())).containsExactly("x", "y");
    assertThat(list(restored.getUnionListState(PENDING).get())).containsExactly(7L);
    BroadcastState<String, Integer> again = restored.getBroadcastState(RULES);
    assertThat(list(again.keys())).as("ordered by key bytes, later change not in the snapshot").containsExactly("j", "k");
    assertThat(again.get("k")).isEqualTo(1);
    assertThat(again.contains("later")).isFalse();

    again.remove("j");
    restored.getListState(SPLITS).add("z");
    OperatorStateBackend twice = OperatorStateBackend.restore(List.of(restored.snapshot()), 0, 1);
    assertThat(list(twice.getListState(SPLITS).get())).containsExactly("x", "y", "z");
    assertThat(map(twice.getBroadcastState(RULES))).isEqualTo(Map.of("k", 1));
  }

  @Test
  void emptyStatesRestoreAsRestoredAndEmpty() throws IOException {
    OperatorStateBackend store = new OperatorStateBackend();
    store.getListState(SPLITS);
    store.getUnionListState(PENDING);
    store.getBroadcastState(RULES);
    OperatorStateBackend restored = OperatorStateBackend.restore(Arrays.asList(store.snapshot(), null), 1, 3);
    assertThat(restored.isRestored()).isTrue();
    assertThat(list(restored.getListState(SPLITS).get())).isEmpty();
    assertThat(list(restored.getUnionListState(PENDING).get())).isEmpty();
    assertThat(restored.getBroadcastState(RULES).isEmpty()).isTrue();

    OperatorStateBackend none = OperatorStateBackend.restore(Arrays.asList(null, null), 0, 2);
    assertThat(none.isRestored()).as("no piece: a fresh start").isFalse();
    assertThat(none.isEmpty()).isTrue();
  }

  @Test
  void restoredStatesNotDeclaredAreKept() throws IOException {
    OperatorStateBackend store = new OperatorStateBackend();
    store.getListState(SPLITS).add("kept");
    OperatorStateBackend restored = OperatorStateBackend.restore(List.of(store.snapshot()), 0, 1);
    OperatorStateBackend again = OperatorStateBackend.restore(List.of(restored.snapshot()), 0, 1);
    assertThat(list(again.getListState(SPLITS).get())).containsExactly("kept");
  }

  @Test
  void declarationMustMatchTheRestoredState() throws IOException {
    OperatorStateBackend store = new OperatorStateBackend();
    store.getListState(SPLITS).add("a");
    OperatorStateBackend restored = OperatorStateBackend.restore(List.of(store.snapshot()), 0, 1);
    assertThatThrownBy(() -> restored.getUnionListState(SPLITS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("union list state 'splits'")
        .hasMessageContaining("the restored state is list state 'splits'");
    assertThatThrownBy(() -> restored.getListState(new ListStateDescriptor<>("splits", PrimitiveSerializer.LONG)))
        .hasMessageContaining("BIGINT").hasMessageContaining("STRING");
    assertThat(restored.getListState(SPLITS)).isSameAs(restored.getListState(SPLITS));
  }

  @Test
  void refusesTtlAndNamespaces() {
    OperatorStateBackend store = new OperatorStateBackend();
    assertThatThrownBy(() -> store.getListState(SPLITS.withTtl(new StateTtlConfig(Duration.ofMinutes(1)))))
        .hasMessageContaining("'splits' cannot have a TTL");
    ListState<String> splits = store.getListState(SPLITS);
    splits.setCurrentNamespace(VoidNamespace.INSTANCE);
    assertThatThrownBy(() -> splits.setCurrentNamespace(3)).hasMessageContaining("has no namespaces");
  }

  @Test
  void broadcastIteratorRemovesAndToleratesChanges() {
    BroadcastState<String, Integer> rules = new OperatorStateBackend().getBroadcastState(RULES);
    rules.putAll(new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4)));
    Iterator<Map.Entry<String, Integer>> it = rules.entries().iterator();
    assertThat(it.next().getKey()).isEqualTo("a");
    it.remove();
    rules.remove("c");
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(e -> rest.add(e.getKey() + "=" + e.getValue()));
    assertThat(rest).as("a copy taken when iteration began").containsExactly("b=2", "c=3", "d=4");
    assertThat(list(rules.keys())).containsExactly("b", "d");
  }

  @Test
  void corruptOrTruncatedBytesFailNamingTheState() {
    OperatorStateBackend store = new OperatorStateBackend();
    store.getListState(SPLITS).update(List.of("first split", "second split"));
    store.getBroadcastState(RULES).put("rule", 1);
    byte[] bytes = store.snapshot();
    int headerAndFirstName = 4 + 4 + 1 + 2 + "splits".length();
    for (int length = headerAndFirstName + 1; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      int at = length;
      assertThatThrownBy(() -> OperatorStateBackend.restore(List.of(truncated), 0, 1))
          .as("truncated to %d of %d bytes", at, bytes.length)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("instance 0")
          .hasMessageMatching("(?s).*('splits'|'rules').*");
    }
    byte[] junk = "not operator state".getBytes();
    assertThatThrownBy(() -> OperatorStateBackend.restore(List.of(junk), 0, 1))
        .hasMessageContaining("Not an operator-state snapshot");
    byte[] tooLong = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> OperatorStateBackend.restore(List.of(tooLong), 0, 1))
        .hasMessageContaining("3 bytes after the last state 'rules'");
  }

  @Test
  void oldInstancesMustAgreeOnADeclaration() {
    OperatorStateBackend a = new OperatorStateBackend();
    a.getListState(SPLITS).add("x");
    OperatorStateBackend b = new OperatorStateBackend();
    b.getUnionListState(SPLITS).add("y");
    assertThatThrownBy(() -> OperatorStateBackend.restore(List.of(a.snapshot(), b.snapshot()), 0, 1))
        .hasMessageContaining("disagree on state 'splits'");
  }
}
