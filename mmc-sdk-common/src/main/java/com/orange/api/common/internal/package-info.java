/**
 * <b>Internal, not API</b> (exported only to the SDK's own modules; may change in any release): what the
 * common module shares with the product SDKs built on it, such as the id of the call in progress.
 */
package com.orange.api.common.internal;
