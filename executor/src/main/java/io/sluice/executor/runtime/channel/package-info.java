/**
 * Internal: how rows travel between tasks — batched into {@link io.sluice.executor.runtime.channel.Buffer}s, through
 * one bounded {@link io.sluice.executor.runtime.channel.Channel} per producer/consumer pair, into each consumer's
 * {@link io.sluice.executor.runtime.channel.InputGate}.
 */
package io.sluice.executor.runtime.channel;
