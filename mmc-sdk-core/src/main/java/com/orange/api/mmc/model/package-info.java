/**
 * <b>API.</b> The conference model of the manual (its BusinessData namespace): the
 * {@code ConferenceInfo} / {@code Conference} and audio hierarchies, participants, licence usage and the
 * enumerations, each with its wire value and {@code UNKNOWN_TO_SDK_VERSION} for values this version does
 * not know.
 */
package com.orange.api.mmc.model;
