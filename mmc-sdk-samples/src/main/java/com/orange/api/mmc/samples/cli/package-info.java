/**
 * <b>Not a library</b>: the {@code mmc} command line (picocli), one subcommand per operation; never
 * published. A subcommand is a class of its own ({@link com.orange.api.mmc.samples.cli.ServiceCommand} for
 * one call of the service), registered by one line in {@link com.orange.api.mmc.samples.cli.MmcCommand}'s
 * {@code subcommands}; a bookings column is one constant of
 * {@link com.orange.api.mmc.samples.cli.BookingColumn}, read in {@code Booking.of}.
 */
package com.orange.api.mmc.samples.cli;
