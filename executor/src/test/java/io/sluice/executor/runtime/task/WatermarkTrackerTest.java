package io.sluice.executor.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.api.WatermarkStatus;
import org.junit.jupiter.api.Test;

class WatermarkTrackerTest {

  @Test
  void forwardsTheMinimumOnlyWhenItAdvances() {
    WatermarkTracker tracker = new WatermarkTracker(2);
    assertThat(tracker.onWatermark(0, 10)).isFalse(); // channel 1 has sent nothing yet
    assertThat(tracker.onWatermark(1, 5)).isTrue();
    assertThat(tracker.current()).isEqualTo(5);
    assertThat(tracker.onWatermark(1, 8)).isTrue();
    assertThat(tracker.current()).isEqualTo(8);
    assertThat(tracker.onWatermark(1, 7)).isFalse(); // a channel never goes back
    assertThat(tracker.onWatermark(1, 20)).isTrue();
    assertThat(tracker.current()).isEqualTo(10);
    assertThat(tracker.onWatermark(0, 10)).isFalse();
  }

  @Test
  void anEndedChannelNoLongerHoldsTheWatermarkBack() {
    WatermarkTracker tracker = new WatermarkTracker(3);
    tracker.onWatermark(0, 30);
    tracker.onWatermark(1, 20);
    assertThat(tracker.onEndOfInput(2)).isTrue();
    assertThat(tracker.current()).isEqualTo(20);
    assertThat(tracker.onEndOfInput(1)).isTrue();
    assertThat(tracker.current()).isEqualTo(30);
    assertThat(tracker.allEnded()).isFalse();
    assertThat(tracker.onEndOfInput(0)).isFalse();
    assertThat(tracker.allEnded()).isTrue();
  }

  @Test
  void anIdleChannelIsSkippedUntilItIsActiveAgain() {
    WatermarkTracker tracker = new WatermarkTracker(2);
    tracker.onWatermark(0, 30);
    assertThat(tracker.onWatermark(1, 10)).isTrue();
    assertThat(tracker.onStatus(1, WatermarkStatus.IDLE)).isTrue();
    assertThat(tracker.current()).isEqualTo(30);
    assertThat(tracker.statusChange()).as("one channel is still active").isNull();

    assertThat(tracker.onStatus(1, WatermarkStatus.ACTIVE)).isFalse(); // 10 < 30: never backwards
    assertThat(tracker.onWatermark(0, 40)).isFalse();
    assertThat(tracker.onWatermark(1, 35)).isTrue();
    assertThat(tracker.current()).isEqualTo(35);
  }

  @Test
  void whenEveryOpenChannelIsIdleTheLargestWatermarkGoesThrough() {
    WatermarkTracker tracker = new WatermarkTracker(3);
    tracker.onWatermark(0, 10);
    tracker.onWatermark(1, 20);
    tracker.onWatermark(2, Long.MAX_VALUE);
    assertThat(tracker.onEndOfInput(2)).isFalse();
    assertThat(tracker.onStatus(0, WatermarkStatus.IDLE)).isTrue();
    assertThat(tracker.current()).isEqualTo(20);
    assertThat(tracker.onStatus(1, WatermarkStatus.IDLE)).isTrue();
    assertThat(tracker.current()).as("the ended source's final watermark").isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void theOutputIsIdleWhileEveryOpenChannelIs() {
    WatermarkTracker tracker = new WatermarkTracker(2);
    tracker.onStatus(0, WatermarkStatus.IDLE);
    assertThat(tracker.statusChange()).isNull();
    assertThat(tracker.onEndOfInput(1)).isFalse();
    assertThat(tracker.statusChange()).isEqualTo(WatermarkStatus.IDLE);
    assertThat(tracker.statusChange()).isNull();

    tracker.onStatus(0, WatermarkStatus.ACTIVE);
    assertThat(tracker.statusChange()).isEqualTo(WatermarkStatus.ACTIVE);
  }
}
