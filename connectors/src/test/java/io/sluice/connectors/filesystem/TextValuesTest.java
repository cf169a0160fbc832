package io.sluice.connectors.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Values parsed straight from bytes agree with the JDK's parsers. */
class TextValuesTest {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  @Test
  void timestampsThroughTheCacheAgreeWithTheJdk() {
    TextValues.TimestampCache cache = new TextValues.TimestampCache();
    LocalDateTime time = LocalDateTime.of(1969, 12, 31, 23, 59, 58);
    for (int i = 0; i < 5_000; i++) {
      time = time.plusNanos((i % 7) * 1_000_000L * (i % 3 == 0 ? 137 : 1));
      String text = FORMAT.format(time);
      String shown = i % 5 == 0 ? text.substring(0, 21) : i % 11 == 0 ? text.substring(0, 19) : text;
      byte[] bytes = ("x" + shown + "y").getBytes(StandardCharsets.ISO_8859_1);
      long expected = LocalDateTime.parse(shown.length() == 19 ? shown + ".000" : shown + "00".substring(
          0, 23 - shown.length()), FORMAT).toInstant(ZoneOffset.UTC).toEpochMilli();
      assertThat(cache.parse(bytes, 1, bytes.length - 1)).as(shown).isEqualTo(expected);
    }
  }

  @Test
  void malformedValuesAreRefusedWithTheirText() {
    TextValues.TimestampCache cache = new TextValues.TimestampCache();
    byte[] good = "2015-07-15 00:00:01.250".getBytes(StandardCharsets.ISO_8859_1);
    cache.parse(good, 0, good.length);
    byte[] bad = "2015-07-15 00:00:01.2x0".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> cache.parse(bad, 0, bad.length)).hasMessageContaining("'2015-07-15 00:00:01.2x0'");
    byte[] number = "12a".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextValues.parseLong(number, 0, 3)).hasMessageContaining("'12a' is not a whole number");
    byte[] big = "9223372036854775808".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextValues.parseLong(big, 0, big.length)).isInstanceOf(IllegalArgumentException.class);
    byte[] min = "-9223372036854775808".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextValues.parseLong(min, 0, min.length)).isEqualTo(Long.MIN_VALUE);
  }
}
