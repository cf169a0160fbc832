/**
 * Serializers: the only way values become bytes in state. Each documents its byte format and carries a name and
 * version in its {@link io.sluice.state.serde.SerializerSnapshot}. Depends on nothing but {@code common}.
 */
package io.sluice.state.serde;
