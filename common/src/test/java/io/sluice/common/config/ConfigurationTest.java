package io.sluice.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
  @Test
  void defaultsUntilSet() {
    Configuration conf = new Configuration();
    assertThat(conf.get(SluiceOptions.PARALLELISM_DEFAULT)).isEqualTo(1);
    conf.set(SluiceOptions.PARALLELISM_DEFAULT, " 4 ");
    assertThat(conf.get(SluiceOptions.PARALLELISM_DEFAULT)).isEqualTo(4);
    conf.reset(SluiceOptions.PARALLELISM_DEFAULT);
    assertThat(conf.get(SluiceOptions.PARALLELISM_DEFAULT)).isEqualTo(1);
  }

  @Test
  void badValueNamesKeyAndExpectedType() {
    Configuration conf = new Configuration();
    assertThatThrownBy(() -> conf.set(SluiceOptions.PARALLELISM_DEFAULT, "many"))
        .hasMessageContaining("parallelism.default").hasMessageContaining("Integer");
    assertThatThrownBy(() -> conf.set(SluiceOptions.PARALLELISM_DEFAULT, "0"))
        .hasMessageContaining("greater than 0");
    assertThat(conf.get(SluiceOptions.PARALLELISM_DEFAULT)).isEqualTo(1);
    assertThatThrownBy(() -> conf.set(SluiceOptions.AGG_PHASE_STRATEGY, "THREE_PHASE"))
        .hasMessage("Invalid value 'THREE_PHASE' for 'table.optimizer.agg-phase-strategy': "
            + "expected one of AUTO|ONE_PHASE|TWO_PHASE");
  }

  @Test
  void durationsInFlinksNotation() {
    assertThat(DurationParser.parse("200 ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(DurationParser.parse("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(DurationParser.parse("5 min")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationParser.parse("1500")).isEqualTo(Duration.ofMillis(1500));
    assertThat(DurationParser.format(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThatThrownBy(() -> DurationParser.parse("10 parsecs")).hasMessageContaining("parsecs");
  }

  @Test
  void findsOptionsByKey() {
    assertThat(SluiceOptions.find("pipeline.max-parallelism")).contains(SluiceOptions.MAX_PARALLELISM);
    assertThat(SluiceOptions.find("no.such.key")).isEmpty();
  }
}
