/**
 * WireMock for the MMC SDK, for tests: {@link com.orange.api.mmc.wiremock.MmcStubs} (a stub per WSDL
 * operation, answered with the SDK's model objects, MMC errors, gateway errors, HTTP statuses or delays),
 * {@link com.orange.api.mmc.wiremock.MmcRequests} (the same request matchers, for {@code verify}) and
 * {@link com.orange.api.mmc.wiremock.MmcRecordingScrubber} (removes every credential and password from
 * recorded mappings). API; works with {@code org.wiremock:wiremock} 3.x.
 */
package com.orange.api.mmc.wiremock;
