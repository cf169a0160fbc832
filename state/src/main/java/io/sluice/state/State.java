package io.sluice.state;

/**
 * A handle on one registered keyed state. Every call reads or writes the entry of the backend's current key
 * ({@link KeyedStateBackend#setCurrentKey}) and of this handle's current namespace; nothing is cached in the
 * handle, so the same handle serves every key. Handles are not thread-safe, like the backend that made them.
 */
public interface State {
  /**
   * Scopes later calls to this namespace, e.g. a window. The namespace must be of the type of the namespace
   * serializer the state was obtained with. A state obtained without one has the single namespace
   * {@link VoidNamespace#INSTANCE} and starts in it; any other state must be given a namespace before use.
   */
  void setCurrentNamespace(Object namespace);

  /** Removes the entry of the current key and namespace; afterwards it reads as empty. */
  void clear();
}
