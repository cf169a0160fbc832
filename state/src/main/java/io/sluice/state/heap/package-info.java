/** The heap keyed state backend and its versioned snapshot format. */
package io.sluice.state.heap;
