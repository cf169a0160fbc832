/**
 * Internal: the stream graph after chaining — chains (vertices) that become tasks, and edges that become channels.
 */
package io.sluice.executor.jobgraph;
