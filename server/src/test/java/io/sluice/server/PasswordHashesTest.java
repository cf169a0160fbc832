package io.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {
  @Test
  void aHashMatchesOnlyItsPasswordAndIsSaltedEachTime() {
    String hash = PasswordHashes.hash("s3cret".toCharArray());
    assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("s3cret");
    assertThat(PasswordHashes.matches("s3cret".toCharArray(), hash)).isTrue();
    assertThat(PasswordHashes.matches("s3cret!".toCharArray(), hash)).isFalse();
    assertThat(PasswordHashes.hash("s3cret".toCharArray())).isNotEqualTo(hash);
    assertThat(PasswordHashes.matches("s3cret".toCharArray(), "plain-text")).isFalse();
  }
}
