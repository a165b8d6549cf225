/**
 * <b>Not a library</b>: the {@code mmc} command line (picocli), one subcommand per operation; never
 * published.
 */
package com.orange.api.mmc.samples.cli;
