package io.sluice.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveOptionsTest {
  @Test
  void secretsAreMaskedAndTheRestShownInOrder() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("connector", "jdbc");
    options.put("password", "s3cret");
    options.put("properties.sasl.jaas.config", "org.example.Login required;");
    options.put("Api-Key", "k");

    assertThat(SensitiveOptions.masked(options)).containsExactly(Map.entry("connector", "jdbc"),
        Map.entry("password", "******"), Map.entry("properties.sasl.jaas.config", "******"),
        Map.entry("Api-Key", "******"));
  }

  @Test
  void aTableContextNeverShowsItsSecrets() {
    TableContext context = TestTables.table(java.util.List.of(), "connector", "jdbc", "password", "s3cret");

    assertThat(context.toString()).contains("password=******").doesNotContain("s3cret");
  }
}
