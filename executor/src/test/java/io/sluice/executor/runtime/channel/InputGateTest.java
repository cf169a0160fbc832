package io.sluice.executor.runtime.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.common.Row;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InputGateTest {

  private static Buffer rows(Object... values) {
    Row[] rows = new Row[values.length];
    for (int i = 0; i < values.length; i++) {
      rows[i] = Row.of(values[i]);
    }
    return Buffer.ofRows(rows, rows.length);
  }

  @Test
  void servesChannelsRoundRobinAndTellsWhereABufferCameFrom() throws Exception {
    InputGate gate = new InputGate(2, 4);
    gate.channel(0).send(rows(1));
    gate.channel(0).send(rows(2));
    gate.channel(1).send(rows(3));

    assertThat(gate.poll().rows()[0]).isEqualTo(Row.of(1));
    assertThat(gate.lastChannel()).isZero();
    assertThat(gate.poll().rows()[0]).isEqualTo(Row.of(3));
    assertThat(gate.lastChannel()).isEqualTo(1);
    assertThat(gate.poll().rows()[0]).isEqualTo(Row.of(2));
    assertThat(gate.poll()).isNull();
  }

  @Test
  void aFullChannelBlocksItsProducerUntilTheConsumerTakes() throws Exception {
    InputGate gate = new InputGate(2, 1);
    gate.channel(0).send(rows(1));
    CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> send(gate.channel(0), rows(2)));
    gate.channel(1).send(rows(3)); // another channel of the same gate is not affected

    Thread.sleep(50);
    assertThat(blocked).isNotDone();
    gate.take();
    blocked.get();
    assertThat(gate.channel(0).queuedBuffers()).isEqualTo(1);
  }

  @Test
  void takeWaitsForDataAndWakesOnInterrupt() throws Exception {
    InputGate gate = new InputGate(1, 1);
    AtomicReference<Object> result = new AtomicReference<>();
    Thread consumer = new Thread(() -> {
      try {
        result.set(gate.take());
        result.set(gate.take());
      } catch (InterruptedException e) {
        result.set(e);
      }
    });
    consumer.start();
    gate.channel(0).send(rows(1));
    await().atMost(Duration.ofSeconds(5)).until(() -> result.get() instanceof Buffer);
    consumer.interrupt();
    consumer.join(5_000);
    assertThat(result.get()).isInstanceOf(InterruptedException.class);
  }

  private static void send(Channel channel, Buffer buffer) {
    try {
      channel.send(buffer);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
