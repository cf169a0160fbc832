package io.sluice.connectors.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowRandomTest {
  private final RowRandom random = new RowRandom();

  @Test
  void theSameRowAndFieldGiveTheSameNumbers() {
    random.reset(42, 3);
    long first = random.nextLong();
    random.reset(42, 4);
    long otherField = random.nextLong();
    random.reset(43, 3);
    long otherRow = random.nextLong();
    random.reset(42, 3);

    assertThat(random.nextLong()).isEqualTo(first).isNotEqualTo(otherField).isNotEqualTo(otherRow);
  }

  @Test
  void boundedLongsCoverTheRangeInclusively() {
    Set<Long> seen = new HashSet<>();
    for (int row = 0; row < 1000; row++) {
      random.reset(row, 0);
      long value = random.nextLong(-3, 3);
      assertThat(value).isBetween(-3L, 3L);
      seen.add(value);
    }
    assertThat(seen).hasSize(7);
  }

  @Test
  void extremeBoundsWork() {
    for (int row = 0; row < 100; row++) {
      random.reset(row, 0);
      assertThat(random.nextLong(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
      assertThat(random.nextLong(Long.MIN_VALUE, Long.MIN_VALUE + 2)).isLessThanOrEqualTo(Long.MIN_VALUE + 2);
      assertThat(random.nextLong(-1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(-1);
      assertThat(random.nextLong(7, 7)).isEqualTo(7);
      assertThat(random.nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE)).isFinite();
    }
  }

  @Test
  void hexStringsHaveTheRequestedLength() {
    random.reset(1, 1);
    assertThat(random.nextHexString(0)).isEmpty();
    assertThat(random.nextHexString(33)).matches("[0-9a-f]{33}");
    assertThat(random.nextHexString(1000)).hasSize(1000);
  }
}
