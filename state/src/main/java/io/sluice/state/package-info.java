/**
 * The keyed state API operators use: descriptors to declare state ({@link io.sluice.state.StateDescriptor}),
 * the handles they get back ({@link io.sluice.state.ValueState} and friends), the backend interface the runtime
 * drives ({@link io.sluice.state.KeyedStateBackend}) and key groups ({@link io.sluice.state.KeyGroups}).
 * Serializers are in {@code io.sluice.state.serde}. Operators never import {@code internal} or a backend
 * package; only the runtime creates backends.
 */
package io.sluice.state;
