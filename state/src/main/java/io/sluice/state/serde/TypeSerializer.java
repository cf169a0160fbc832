package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Turns values of one type into bytes and back. State backends store only bytes; a serializer is how a typed
 * state handle gets its values in and out of them.
 *
 * <p>Contract: {@link #deserialize} reads exactly the bytes {@link #serialize} wrote, so serialized values can be
 * concatenated without delimiters (the state layer relies on this to build composite keys and lists). Equal
 * values serialize to equal bytes, because backends compare keys by their bytes. A serializer does not accept
 * null unless it says so (see {@link NullableSerializer}).
 *
 * <p>The byte format outlives the process (it is in checkpoints), so each implementation documents it in its
 * class comment and names it with {@link #name()} and {@link #snapshotVersion()}: a change to the format must
 * bump the version, and a restore compares {@link #snapshot()}s to decide whether old bytes can still be read.
 */
public interface TypeSerializer<T> {
  void serialize(T value, DataOutput out) throws IOException;

  T deserialize(DataInput in) throws IOException;

  /** A stable identifier of the format, e.g. {@code BIGINT}; never changes once released. */
  String name();

  /** The version of the format; bumped whenever the bytes written change. */
  int snapshotVersion();

  /** What a checkpoint records about this serializer to check compatibility on restore. */
  default SerializerSnapshot snapshot() {
    return SerializerSnapshot.of(name(), snapshotVersion());
  }
}
