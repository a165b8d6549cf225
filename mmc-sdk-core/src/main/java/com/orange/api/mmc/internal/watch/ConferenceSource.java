package com.orange.api.mmc.internal.watch;

import com.orange.api.mmc.model.Conference;

import java.time.OffsetDateTime;
import java.util.List;

/** Where a watch reads conferences: the client's own calls, for one organizer. */
public interface ConferenceSource {

    /** @return the conferences starting between {@code from} and {@code to} (a {@code getConferencesList} call) */
    List<Conference> list(OffsetDateTime from, OffsetDateTime to);

    /** @return one conference (a {@code getConferenceDetails} call) */
    Conference details(long conferenceId);
}
