/**
 * For backend implementations, not for operators: the byte-level {@link io.sluice.state.internal.ByteStore}
 * SPI a backend provides, and {@link io.sluice.state.internal.AbstractKeyedStateBackend}, which layers the typed
 * handles, namespaces and TTL over it identically for every backend.
 */
package io.sluice.state.internal;
