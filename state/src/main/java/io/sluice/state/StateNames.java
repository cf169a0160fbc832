package io.sluice.state;

/** The rule for state names, shared by the descriptors. */
final class StateNames {
  private StateNames() {}

  static void check(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("A state needs a non-empty name");
    }
  }
}
