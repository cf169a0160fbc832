package io.sluice.state.serde;

/**
 * A serializer whose format takes no configuration and nests no other serializer, so one instance serves the
 * whole format: its name and version are its entire {@link #snapshot() snapshot}, and identity is its equality.
 * Composite serializers ({@link NullableSerializer}, {@link RowSerializer}) are not singletons: their snapshots
 * list their parts.
 *
 * <p>Subclasses keep their constructors private and expose the instances as constants.
 */
public abstract class SingletonSerializer<T> implements TypeSerializer<T> {
  private final String name;
  private final int version;

  /** {@code name} is written in checkpoints and never changes; {@code version} is bumped when the bytes do. */
  protected SingletonSerializer(String name, int version) {
    this.name = name;
    this.version = version;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int snapshotVersion() {
    return version;
  }

  @Override
  public final String toString() {
    return name;
  }
}
