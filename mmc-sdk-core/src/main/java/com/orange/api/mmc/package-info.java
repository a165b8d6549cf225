/**
 * <b>API.</b> The MMC client: {@link com.orange.api.mmc.Mmc} (every operation of the manual, thread-safe,
 * built once), {@link com.orange.api.mmc.Organizer} (the credentials a call acts for),
 * {@link com.orange.api.mmc.MmcException} and the catalog of MMC error codes
 * {@link com.orange.api.mmc.MmcError}; waiters ({@link com.orange.api.mmc.MmcWaiters}) and conference change
 * events ({@link com.orange.api.mmc.ConferenceWatch}).
 */
package com.orange.api.mmc;
