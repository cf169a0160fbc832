/** The heap keyed state backend: state as bytes in copy-on-write sorted maps per key group. */
package io.sluice.state.heap;
