package io.sluice.state.internal;

/** What state handles need from their backend on every access: the current key, its group and the time. */
public interface KeyContext {
  /** The key group of the current key. */
  int currentKeyGroup();

  /**
   * The serialized current key. The same array is returned until the key changes, so handles may cache what
   * they derive from it by identity.
   *
   * @throws IllegalStateException when no key is set
   */
  byte[] currentKeyBytes();

  /** Processing time for TTL. */
  long currentTimeMillis();
}
