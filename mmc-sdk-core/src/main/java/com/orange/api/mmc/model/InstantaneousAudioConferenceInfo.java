package com.orange.api.mmc.model;

/** What the service needs to create an audio conference that is open at once. */
public final class InstantaneousAudioConferenceInfo extends AudioConferenceInfo {
}
