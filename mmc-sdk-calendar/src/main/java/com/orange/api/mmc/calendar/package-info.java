/**
 * API: calendar invitations for MMC conferences ({@link com.orange.api.mmc.calendar.CalendarInvitations}) and
 * recurring series of scheduled conferences ({@link com.orange.api.mmc.calendar.ConferenceSeries}).
 */
package com.orange.api.mmc.calendar;
