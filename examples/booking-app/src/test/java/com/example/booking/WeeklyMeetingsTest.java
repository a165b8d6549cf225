package com.example.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.sandbox.MmcSandboxExtension;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three lines a user needs to test booking code against the MMC sandbox. */
@ExtendWith(MmcSandboxExtension.class)
class WeeklyMeetingsTest {

    @Test
    void booksTheWeeklyMeetingWithAudio(Mmc mmc, Organizer organizer) {
        long id = new WeeklyMeetings(mmc, organizer).bookNext(OffsetDateTime.now().plusDays(7));

        assertTrue(id > 0);
        assertEquals(ConferenceState.NOT_STARTED, mmc.getConferenceDetails(organizer, id).getState());
        assertTrue(mmc.getConferenceDetails(organizer, id).getParameters().containsKey("audioRoomNumber"));
    }
}
