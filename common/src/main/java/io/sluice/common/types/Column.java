package io.sluice.common.types;

/** A named, typed field of a row. */
public record Column(String name, DataType type) {
  @Override
  public String toString() {
    return name + " " + type;
  }
}
