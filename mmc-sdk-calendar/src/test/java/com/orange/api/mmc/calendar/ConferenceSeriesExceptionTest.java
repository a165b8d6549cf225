package com.orange.api.mmc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.TechnicalException;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What each kind of series failure says: which occurrence, what was undone, what was not. */
class ConferenceSeriesExceptionTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2027-04-05T10:00+02:00");

    private static TechnicalException lost() {
        return TechnicalException.builder(TechnicalException.IO, "createScheduledConference: connection closed")
                .outcomeUnknown(true).build();
    }

    @Test
    void aBookingRolledBackWhole() {
        ConferenceSeriesException e = ConferenceSeriesException.book(4, 10, START, lost(), List.of(3L, 2L, 1L),
                List.of(), false);

        assertThat(e.getMessage()).startsWith("Series book failed at occurrence 4 of 10 (start 2027-04-05T10:00+02:00): ")
                .contains("connection closed", "rolled back: 3 booked occurrence(s) deleted (ids 3, 2, 1)")
                .doesNotContain("STILL", "may exist");
        assertThat(e.getCause()).isInstanceOf(TechnicalException.class);
        assertThat(e.getOperation()).isEqualTo("book");
    }

    @Test
    void aBookingWhoseFirstOccurrenceFailedHadNothingToRollBack() {
        ConferenceSeriesException e = ConferenceSeriesException.book(1, 10, START, lost(), List.of(), List.of(), false);

        assertThat(e.getMessage()).contains("occurrence 1 of 10", "rolled back: nothing was booked");
    }

    @Test
    void aBookingThatCouldNotBeRolledBackWholeSaysWhatIsStillBooked() {
        ConferenceSeriesException e = ConferenceSeriesException.book(4, 10, START, lost(), List.of(3L, 1L), List.of(2L),
                true);

        assertThat(e.getMessage()).contains("2 booked occurrence(s) deleted (ids 3, 1)",
                "STILL BOOKED, delete failed: (ids 2)", "occurrence 4 may exist", "look for it at " + START);
        assertThat(e.getNotRolledBack()).containsExactly(2L);
        assertThat(e.isOutcomeUnknown()).isTrue();
    }

    @Test
    void aModifySaysWhatWasRestored() {
        ConferenceSeriesException e = ConferenceSeriesException.modify(3, 5, START, lost(), List.of(2L, 1L), List.of());

        assertThat(e.getMessage()).contains("Series modify failed at occurrence 3 of 5",
                "2 modified occurrence(s) restored (ids 2, 1)").doesNotContain("STILL");
    }

    @Test
    void aDeleteSaysWhatWasDeletedAndWhatIsStillBooked() {
        ConferenceSeriesException e = ConferenceSeriesException.delete(2, 3, START, lost(), List.of(1L, 3L), List.of(2L));

        assertThat(e.getMessage()).contains("Series delete failed at occurrence 2 of 3", "deleted: (ids 1, 3)",
                "STILL BOOKED: (ids 2)");
        assertThat(e.getRolledBack()).containsExactly(1L, 3L);
    }
}
