package com.orange.api.mmc.samples.cli;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.calendar.ConferenceSeries;
import com.orange.api.mmc.calendar.ConferenceSeriesException;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of {@code mmc book} with an {@code rrule} column: a recurring series ({@link ConferenceSeries}) of web
 * conferences, one per occurrence, all or nothing; {@code zone} (required with {@code rrule}) is where the local
 * time is kept. The row's participants are invited to every occurrence. Its result line holds every
 * occurrence's identifier and URL, space-separated.
 *
 * <p>Resumable as other rows: a row {@code done} is skipped; a row whose series may be partly booked (the run
 * was killed while booking it, or an occurrence's outcome stayed unknown) is cleaned first: every conference
 * with the row's name at one of its occurrences' starts is deleted (nobody was given their identifiers), then
 * the series is booked afresh.
 */
record SeriesRow(Booking booking, String rrule, ZoneId zone, List<ScheduledConferenceInfo> plan) {

    /**
     * Reads a row's series columns, adding every problem found to {@code problems}.
     *
     * @param booking the row as {@link Booking} read it, or {@code null} when it had problems
     * @param rrule   the {@code rrule} column ({@code ""} when absent)
     * @param zone    the {@code zone} column ({@code ""} when absent)
     * @return the series, or empty for a row without {@code rrule} or with a problem
     */
    static Optional<SeriesRow> read(Booking booking, int row, String rrule, String zone, List<String> problems) {
        String prefix = "row " + row + ": ";
        if (rrule.isBlank()) {
            if (!zone.isBlank()) {
                problems.add(prefix + "zone is for a series: give an rrule too, or leave zone empty");
            }
            return Optional.empty();
        }
        if (zone.isBlank()) {
            problems.add(prefix + "an rrule needs a zone (for example Europe/Paris): the local time it keeps");
            return Optional.empty();
        }
        ZoneId timeZone;
        try {
            timeZone = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            problems.add(prefix + "zone '" + zone + "' is not a time zone (for example Europe/Paris)");
            return Optional.empty();
        }
        if (booking == null) {
            return Optional.empty();
        }
        if (booking.audio()) {
            problems.add(prefix + "an rrule books web conferences only, not type audio");
            return Optional.empty();
        }
        try {
            List<ScheduledConferenceInfo> plan = ConferenceSeries.plan(booking.webInfo(), rrule.trim(), timeZone);
            return Optional.of(new SeriesRow(booking, rrule.trim(), timeZone, plan));
        } catch (IllegalArgumentException e) {
            problems.add(prefix + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Books the series, after cleaning what an earlier attempt may have left, and records the outcome in the
     * journal; a service failure is the row's result, never thrown.
     */
    ResultsJournal.Result book(ResultsJournal.Result previous, ResultsJournal journal, Mmc mmc, Organizer organizer) {
        ResultsJournal.Result result = attempt(previous, journal, mmc, organizer);
        journal.record(result);
        return result;
    }

    private ResultsJournal.Result attempt(ResultsJournal.Result previous, ResultsJournal journal, Mmc mmc,
            Organizer organizer) {
        boolean mayExist = previous != null && (previous.status() == ResultsJournal.Status.STARTED
                || previous.status() == ResultsJournal.Status.UNKNOWN);
        try {
            if (mayExist) {
                cleanUp(mmc, organizer);
            }
        } catch (OrangeApiException e) {
            return result(ResultsJournal.Status.UNKNOWN, null, null, null, "SERIES_CLEANUP: " + code(e));
        }
        journal.record(result(ResultsJournal.Status.STARTED, null, null, null, null));
        ConferenceSeries series;
        try {
            series = ConferenceSeries.book(mmc, organizer, booking.webInfo(), rrule, zone);
        } catch (ConferenceSeriesException e) {
            boolean left = e.isOutcomeUnknown() || !e.getNotRolledBack().isEmpty();
            return result(left ? ResultsJournal.Status.UNKNOWN : ResultsJournal.Status.FAILED, null, null, null,
                    ErrorReport.of(e.getCause(), 0).get("code") + ": " + e.getMessage());
        } catch (OrangeApiException e) {
            return result(ResultsJournal.Status.FAILED, null, null, null, code(e));
        }
        List<String> invited = new ArrayList<>();
        try {
            for (ScheduledConference occurrence : series.occurrences()) {
                for (ParticipantInfo participant : booking.participantInfos(occurrence.getIdentifier())) {
                    invited.add(mmc.joinConference(organizer, participant).getConferenceUrl());
                }
            }
        } catch (OrangeApiException e) {
            // All or nothing for the row: the series goes too.
            try {
                series.delete();
            } catch (OrangeApiException deleteFailure) {
                return result(ResultsJournal.Status.UNKNOWN, null, null, null, code(e) + "; " + code(deleteFailure));
            }
            return result(ResultsJournal.Status.FAILED, null, null, null, code(e) + " (inviting; series deleted)");
        }
        List<ScheduledConference> occurrences = series.occurrences();
        return result(ResultsJournal.Status.DONE,
                occurrences.stream().map(c -> Long.toString(c.getIdentifier())).collect(Collectors.joining(" ")),
                occurrences.stream().map(Conference::getUrl).map(String::valueOf).collect(Collectors.joining(" ")),
                invited.isEmpty() ? null : String.join(" ", invited), null);
    }

    /** Deletes every conference with the row's name at one of its occurrences' starts. */
    private void cleanUp(Mmc mmc, Organizer organizer) {
        Set<OffsetDateTime> starts = plan.stream().map(i -> i.getStartDate().truncatedTo(ChronoUnit.SECONDS))
                .collect(Collectors.toSet());
        OffsetDateTime from = plan.get(0).getStartDate().minusMinutes(1);
        OffsetDateTime to = plan.get(plan.size() - 1).getEndDate().plusMinutes(1);
        for (Conference conference : mmc.getConferencesList(organizer, from, to, null)) {
            boolean ours = booking.name().equals(conference.getName()) && conference.getStartDate() != null
                    && starts.stream().anyMatch(s -> s.isEqual(conference.getStartDate().truncatedTo(ChronoUnit.SECONDS)));
            if (ours && conference instanceof ScheduledConference) {
                mmc.deleteConference(organizer, new ScheduledConference(conference.getIdentifier(), booking.password()));
            }
        }
    }

    private ResultsJournal.Result result(ResultsJournal.Status status, String ids, String urls, String participantUrls,
            String error) {
        return new ResultsJournal.Result(booking.row(), booking.name(), status, ids, urls, participantUrls, error);
    }

    private static String code(OrangeApiException e) {
        return ErrorReport.of(e, 0).get("code") + ": " + e.getMessage();
    }

    /** Without the password, which no string of the SDK shows. */
    @Override
    public String toString() {
        return "SeriesRow[" + booking + ", rrule=" + rrule + ", zone=" + zone + ", occurrences=" + plan.size() + "]";
    }
}
