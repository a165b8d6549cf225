/**
 * <b>Not a library</b>: the Java twins of the manual's samples, runnable from the command line; never
 * published.
 */
package com.orange.api.mmc.samples;
