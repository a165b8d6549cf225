/**
 * <b>Not API.</b> What Metro needs to publish the sandbox's service: the public, annotated endpoint class it
 * calls reflectively. The module does not export this package; it opens it to Metro only.
 */
package com.orange.api.mmc.sandbox.internal;
