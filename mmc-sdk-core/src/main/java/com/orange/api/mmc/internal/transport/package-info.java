/**
 * <b>Internal, not API</b> (not exported by the module; may change in any release): how a call reaches
 * the service. {@code CallExecutor} runs a call (the one port, retries, failure translation); Metro encodes and
 * decodes the envelopes; the SDK's transport tube, given to the SDK's own port only, sends them with the
 * client's Apache HttpClient, one {@code HttpExchange} per attempt, under a deadline and a size limit.
 */
package com.orange.api.mmc.internal.transport;
