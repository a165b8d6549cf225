package com.orange.api.mmc.internal.watch;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An organizer's conferences in memory, listed by start date as the service does, with failures on demand. */
final class FakeSource implements ConferenceSource {

    final Map<Long, ScheduledConference> conferences = new TreeMap<>();
    final List<Long> detailsRead = new ArrayList<>();
    final AtomicInteger lists = new AtomicInteger();
    volatile OrangeApiException nextListFailure;
    volatile OrangeApiException nextDetailsFailure;

    synchronized ScheduledConference put(long id, String name, OffsetDateTime start, String state) {
        ScheduledConference conference = new ScheduledConference(id, "password");
        conference.setName(name);
        conference.setStartDate(start);
        conference.setEndDate(start.plusHours(1));
        conference.setStateValue(state);
        conferences.put(id, conference);
        return conference;
    }

    @Override
    public synchronized List<Conference> list(OffsetDateTime from, OffsetDateTime to) {
        lists.incrementAndGet();
        if (nextListFailure != null) {
            OrangeApiException failure = nextListFailure;
            nextListFailure = null;
            throw failure;
        }
        List<Conference> found = new ArrayList<>();
        for (ScheduledConference c : conferences.values()) {
            if (!"Deleted".equals(c.getStateValue()) && !c.getStartDate().isBefore(from) && !c.getStartDate().isAfter(to)) {
                found.add(copy(c));
            }
        }
        return found;
    }

    @Override
    public synchronized Conference details(long conferenceId) {
        detailsRead.add(conferenceId);
        if (nextDetailsFailure != null) {
            OrangeApiException failure = nextDetailsFailure;
            nextDetailsFailure = null;
            throw failure;
        }
        ScheduledConference c = conferences.get(conferenceId);
        if (c == null) {
            throw new MmcException("MMC_106", "not found", null, "getConferenceDetails", false);
        }
        if ("Deleted".equals(c.getStateValue())) {
            throw new MmcException("MMC_104", "deleted", null, "getConferenceDetails", false);
        }
        return copy(c);
    }

    private static ScheduledConference copy(ScheduledConference c) {
        ScheduledConference copy = new ScheduledConference(c.getIdentifier(), c.getPassword());
        copy.setName(c.getName());
        copy.setStartDate(c.getStartDate());
        copy.setEndDate(c.getEndDate());
        copy.setStateValue(c.getStateValue());
        return copy;
    }
}
