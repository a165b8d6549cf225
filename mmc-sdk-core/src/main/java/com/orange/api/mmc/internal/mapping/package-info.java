/**
 * <b>Internal, not API</b> (not exported by the module; may change in any release): conversion between
 * the model and the stubs generated from the WSDL, one mapper per direction.
 */
package com.orange.api.mmc.internal.mapping;
