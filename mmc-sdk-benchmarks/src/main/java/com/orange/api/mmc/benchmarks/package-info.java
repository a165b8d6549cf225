/**
 * <b>Not a library</b>: JMH benchmarks of the SDK against the raw-HTTP floor and the plain generated
 * stub (profile {@code bench}; see docs/benchmarks.md); never published.
 */
package com.orange.api.mmc.benchmarks;
