/**
 * Restart strategies: whether a failed job restarts, and after what delay ({@code restart-strategy.*}). Pure
 * logic over failure times; the runtime measures time and restarts the job.
 */
package io.sluice.executor.restart;
