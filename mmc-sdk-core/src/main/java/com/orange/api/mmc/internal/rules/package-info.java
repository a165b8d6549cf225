/**
 * <b>Internal, not API</b> (exported to the sandbox alone; may change in any release): the manual's
 * rules on single input values (text, passwords, mails), shared by the SDK's local checks and the
 * sandbox so that both answer the same code for the same value.
 */
package com.orange.api.mmc.internal.rules;
