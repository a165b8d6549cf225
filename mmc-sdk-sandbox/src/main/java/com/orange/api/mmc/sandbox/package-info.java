/**
 * <b>API</b> (for tests). The MMC sandbox: an in-process, stateful emulator of the service
 * ({@link com.orange.api.mmc.sandbox.MmcSandbox}), its JUnit 5 extension and its portal pages, for users'
 * own tests and for trying the SDK without the live service.
 */
package com.orange.api.mmc.sandbox;
