/**
 * <b>API.</b> What the Orange API SDKs share: layered settings (builder, system properties, environment,
 * file, named by each product's {@link com.orange.api.common.SettingsNaming}) and their sources,
 * credentials, and the exception hierarchy that every public method of the SDK keeps to: {@link com.orange.api.common.OrangeApiException}, split into
 * {@link com.orange.api.common.ConfigurationException} (fix your settings),
 * {@link com.orange.api.common.FunctionalException} (the service said no) and
 * {@link com.orange.api.common.TechnicalException} (the exchange failed), with the gateway's error catalog
 * {@link com.orange.api.common.GatewayError}.
 */
package com.orange.api.common;
