package io.sluice.executor.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.executor.runtime.channel.InputGate;
import org.junit.jupiter.api.Test;

class BarrierAlignerTest {
  @Test
  void aCheckpointIsTakenWhenEveryChannelDeliveredItsBarrierOrEnded() {
    BarrierAligner aligner = new BarrierAligner(new InputGate(3, 4), true);

    assertThat(aligner.onBarrier(0, 5)).isFalse();
    assertThat(aligner.onEndOfInput(1)).isFalse();
    assertThat(aligner.onBarrier(2, 5)).isTrue();
    assertThat(aligner.aligning()).isEqualTo(5);
  }

  @Test
  void aChannelEndingAfterACheckpointWasTakenDoesNotTakeItAgain() {
    BarrierAligner aligner = new BarrierAligner(new InputGate(2, 4), true);
    assertThat(aligner.onBarrier(0, 5)).isFalse();
    assertThat(aligner.onBarrier(1, 5)).isTrue();

    assertThat(aligner.onEndOfInput(0)).isFalse();
    assertThat(aligner.onEndOfInput(1)).isFalse();
  }

  @Test
  void anOlderBarrierAfterANewerOneIsIgnored() {
    BarrierAligner aligner = new BarrierAligner(new InputGate(2, 4), false);
    assertThat(aligner.onBarrier(0, 6)).isFalse();
    assertThat(aligner.onBarrier(1, 5)).isFalse();
    assertThat(aligner.onBarrier(1, 6)).isTrue();
  }
}
