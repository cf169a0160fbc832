package io.sluice.state;

/** The namespace of states that do not use namespaces; serialized as no bytes at all. */
public enum VoidNamespace {
  INSTANCE
}
