/**
 * Internal: where the runtime keeps the state operators declare. A keyed operator instance gets a
 * {@link io.sluice.executor.runtime.state.KeyedOperatorState} for the key groups it owns.
 */
package io.sluice.executor.runtime.state;
