package io.sluice.state;

/**
 * A map of operator state that every parallel instance holds the same copy of ({@link
 * OperatorStateStore#getBroadcastState}). Its methods are those of {@link MapState}, with the single namespace
 * {@link VoidNamespace#INSTANCE}; iteration is in ascending order of the serialized map keys.
 */
public interface BroadcastState<K, V> extends MapState<K, V> {}
