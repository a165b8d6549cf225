package com.example.booking;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

/** Books and lists the team's meetings through the MMC SDK. */
@Service
public class BookingService {

    private final Mmc mmc;
    private final Organizer organizer;

    public BookingService(Mmc mmc, Organizer organizer) {
        this.mmc = mmc;
        this.organizer = organizer;
    }

    public String serviceVersion() {
        return mmc.about(organizer);
    }

    public ScheduledConference book(String name, String password, OffsetDateTime start, Duration length) {
        return mmc.createConference(organizer, new ScheduledConferenceInfo(name, password, start, start.plus(length)));
    }

    public List<Conference> between(OffsetDateTime from, OffsetDateTime to) {
        return mmc.getConferencesList(organizer, from, to, null);
    }
}
