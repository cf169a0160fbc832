package io.sluice.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.ConfigOptions;
import org.junit.jupiter.api.Test;

class ConnectorOptionTest {
  private final ConnectorOption<String> kind =
      ConnectorOption.optional(ConfigOptions.stringOption("fields.#.kind", "random", "Kind."));

  @Test
  void aTemplateMatchesKeysForAnyFieldName() {
    assertThat(kind.isFieldTemplate()).isTrue();
    assertThat(kind.fieldOf("fields.id.kind")).contains("id");
    assertThat(kind.fieldOf("fields.a.b.kind")).contains("a.b");
    assertThat(kind.keyFor("id")).isEqualTo("fields.id.kind");
  }

  @Test
  void aTemplateDoesNotMatchOtherKeys() {
    assertThat(kind.fieldOf("fields..kind")).isEmpty();
    assertThat(kind.fieldOf("fields.id.min")).isEmpty();
    assertThat(kind.fieldOf("kind")).isEmpty();
  }

  @Test
  void aPlainOptionIsNoTemplate() {
    ConnectorOption<String> plain = ConnectorOption.optional(ConfigOptions.stringOption("path", null, "Path."));
    assertThat(plain.isFieldTemplate()).isFalse();
    assertThat(plain.fieldOf("path")).isEmpty();
  }

  @Test
  void aTemplateCannotBeRequired() {
    assertThatThrownBy(() -> ConnectorOption.required(ConfigOptions.stringOption("fields.#.x", null, "X.")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPrefixMatchesEveryLongerKeyThatStartsWithIt() {
    ConnectorOption<String> properties =
        ConnectorOption.optional(ConfigOptions.stringOption("properties.*", null, "Client properties."));
    assertThat(properties.isPrefix()).isTrue();
    assertThat(properties.prefix()).isEqualTo("properties.");
    assertThat(properties.matchesPrefix("properties.acks")).isTrue();
    assertThat(properties.matchesPrefix("properties.")).isFalse();
    assertThat(properties.matchesPrefix("property.acks")).isFalse();
    assertThat(kind.matchesPrefix("fields.id.kind")).isFalse();
  }
}
