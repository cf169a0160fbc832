package io.sluice.executor.operators.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowAssignerTest {
  @Test
  void tumblingWindowsAlignToTheEpochPlusOffset() {
    assertThat(new WindowAssigner.Tumbling(10, 0).assign(25)).containsExactly(new TimeWindow(20, 30));
    assertThat(new WindowAssigner.Tumbling(10, 0).assign(20)).containsExactly(new TimeWindow(20, 30));
    assertThat(new WindowAssigner.Tumbling(10, 0).assign(-1)).containsExactly(new TimeWindow(-10, 0));
    assertThat(new WindowAssigner.Tumbling(10, 3).assign(12)).containsExactly(new TimeWindow(3, 13));
  }

  @Test
  void hoppingWindowsOverlap() {
    assertThat(new WindowAssigner.Hopping(10, 5, 0).assign(12))
        .containsExactly(new TimeWindow(5, 15), new TimeWindow(10, 20));
    assertThat(new WindowAssigner.Hopping(10, 4, 0).assign(12))
        .containsExactly(new TimeWindow(4, 14), new TimeWindow(8, 18), new TimeWindow(12, 22));
    assertThat(new WindowAssigner.Hopping(5, 10, 0).assign(17)).as("a gap between windows").isEmpty();
  }

  @Test
  void cumulativeWindowsGrowWithinTheirPeriod() {
    assertThat(new WindowAssigner.Cumulative(30, 10, 0).assign(44))
        .containsExactly(new TimeWindow(30, 50), new TimeWindow(30, 60));
    assertThat(new WindowAssigner.Cumulative(30, 10, 0).assign(30))
        .containsExactly(new TimeWindow(30, 40), new TimeWindow(30, 50), new TimeWindow(30, 60));
    assertThatThrownBy(() -> new WindowAssigner.Cumulative(25, 10, 0)).hasMessageContaining("multiple");
  }

  @Test
  void sessionWindowsMergeWhenTheyTouch() {
    assertThat(new TimeWindow(0, 5).intersects(new TimeWindow(5, 9))).isTrue();
    assertThat(new TimeWindow(0, 5).intersects(new TimeWindow(6, 9))).isFalse();
    assertThat(new TimeWindow(0, 5).cover(new TimeWindow(3, 9))).isEqualTo(new TimeWindow(0, 9));
  }
}
