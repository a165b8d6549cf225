package com.orange.api.mmc.calendar;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recurring series of scheduled conferences: one MMC conference per occurrence of an RFC 5545 recurrence rule
 * ({@code RRULE}), booked all or nothing. The service has no recurring conference; a series is the list of the
 * conferences booked for it.
 *
 * <p><b>Occurrences.</b> The rule is expanded by ical4j from the first conference's start taken in
 * {@code zone}: {@code FREQ} ({@code HOURLY} to {@code YEARLY}), {@code INTERVAL}, {@code COUNT}, {@code UNTIL}
 * (in UTC, {@code ...Z}, as RFC 5545 asks when the start has a time zone), {@code BYDAY} and the other
 * {@code BY...} parts. Every occurrence starts at the same local time in {@code zone} (a weekly 10:00 in
 * {@code Europe/Paris} stays 10:00 in summer and in winter) and lasts exactly as long as the first; a local time
 * that the change to summer time skips moves forward by the gap. The first conference's start must be the
 * rule's first occurrence (a Monday for {@code BYDAY=MO}). Each occurrence has the first's name, password and
 * optional parameters.
 *
 * <p><b>Cap.</b> A rule must end ({@code COUNT} or {@code UNTIL}) and give at most {@link #MAX_OCCURRENCES}
 * occurrences; a longer series is refused before anything is booked (book it in parts).
 *
 * <p><b>All or nothing.</b> Occurrences are created one after another. When one is refused or fails, those
 * already booked are deleted (latest first) before a {@link ConferenceSeriesException} is thrown, which says
 * which occurrence failed and what was rolled back, with the SDK's exception for the failure as its cause. An
 * occurrence whose create ended with its outcome unknown ({@link TechnicalException#isOutcomeUnknown()}: the
 * request may have been processed and its answer lost) is first looked up by name and start with
 * {@code getConferencesList} (as {@code mmc book} does): when found, it is deleted with the others. Nothing is
 * ever booked twice: a failed occurrence is never created again.
 *
 * <p>Example:
 * <pre>{@code
 * ScheduledConferenceInfo first = new ScheduledConferenceInfo("Weekly sync", "s3cret",
 *         OffsetDateTime.parse("2026-03-23T10:00+01:00"), OffsetDateTime.parse("2026-03-23T11:00+01:00"));
 * ConferenceSeries series = ConferenceSeries.book(mmc, organizer, first, "FREQ=WEEKLY;COUNT=10;BYDAY=MO",
 *         ZoneId.of("Europe/Paris"));
 * series.occurrences().forEach(c -> System.out.println(c.getIdentifier() + " " + c.getStartDate()));
 * }</pre>
 * Instances are thread-safe; the calls of one series run one after another.
 */
public final class ConferenceSeries {

    /** The most occurrences one series books: a rule giving more is refused before anything is booked. */
    public static final int MAX_OCCURRENCES = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ConferenceSeries.class);
    /** The service's answers for a conference that no longer exists: deleted (MMC_35, MMC_104), not found (MMC_46). */
    private static final java.util.Set<String> GONE = java.util.Set.of(MmcError.MMC_35.code(), MmcError.MMC_104.code(),
            MmcError.MMC_46.code());

    private final Mmc mmc;
    private final Organizer organizer;
    private final String rrule;
    private final ZoneId zone;
    /** The booked conferences, in order, and what each was last booked or modified with. */
    private final List<ScheduledConference> conferences;
    private final List<ScheduledConferenceInfo> infos;

    private ConferenceSeries(Mmc mmc, Organizer organizer, String rrule, ZoneId zone, List<ScheduledConference> conferences,
            List<ScheduledConferenceInfo> infos) {
        this.mmc = mmc;
        this.organizer = organizer;
        this.rrule = rrule;
        this.zone = zone;
        this.conferences = conferences;
        this.infos = infos;
    }

    /**
     * The conference descriptions {@link #book} would create, without booking anything: one per occurrence, in
     * order.
     *
     * @throws IllegalArgumentException as {@link #book} does for the rule and the dates
     */
    public static List<ScheduledConferenceInfo> plan(ScheduledConferenceInfo first, String rrule, ZoneId zone) {
        return SeriesPlan.expand(first, rrule, zone);
    }

    /**
     * Books one scheduled conference per occurrence of {@code rrule}, all or nothing (see the class description).
     *
     * @param mmc       the client
     * @param organizer whose account books the conferences
     * @param first     the first occurrence: name, password, optional parameters, start and end
     * @param rrule     an RFC 5545 recurrence rule, with or without its {@code RRULE:} prefix, for example
     *                  {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=6}
     * @param zone      where the local time is kept, for example {@code Europe/Paris}
     * @return the booked series
     * @throws IllegalArgumentException   for a rule that does not parse, has no end, gives more than
     *                                    {@link #MAX_OCCURRENCES} occurrences or does not start with
     *                                    {@code first}; nothing is booked
     * @throws ConferenceSeriesException  when an occurrence failed; what was booked before it has been deleted
     * @throws NullPointerException       naming the parameter that is null
     */
    public static ConferenceSeries book(Mmc mmc, Organizer organizer, ScheduledConferenceInfo first, String rrule,
            ZoneId zone) {
        Objects.requireNonNull(mmc, "mmc");
        Objects.requireNonNull(organizer, "organizer");
        List<ScheduledConferenceInfo> plan = SeriesPlan.expand(first, rrule, zone);
        List<ScheduledConference> booked = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            ScheduledConferenceInfo info = plan.get(i);
            try {
                booked.add(described(mmc.createConference(organizer, info), info));
            } catch (OrangeApiException failure) {
                boolean unknown = false;
                if (failure instanceof TechnicalException technical && technical.isOutcomeUnknown()) {
                    try {
                        Optional<ScheduledConference> created = lookUp(mmc, organizer, info, booked);
                        created.ifPresent(booked::add);
                    } catch (OrangeApiException lookupFailure) {
                        failure.addSuppressed(lookupFailure);
                        unknown = true;
                    }
                }
                throw rollBack(mmc, organizer, booked, plan, i, failure, unknown);
            }
        }
        LOG.debug("Booked a series of {} conferences ({})", booked.size(), rrule);
        return new ConferenceSeries(mmc, organizer, rrule, zone, booked, new ArrayList<>(plan));
    }

    private static ConferenceSeriesException rollBack(Mmc mmc, Organizer organizer, List<ScheduledConference> booked,
            List<ScheduledConferenceInfo> plan, int failed, OrangeApiException failure, boolean unknown) {
        List<Long> deleted = new ArrayList<>();
        List<Long> notDeleted = new ArrayList<>();
        for (int j = booked.size() - 1; j >= 0; j--) {
            ScheduledConference conference = booked.get(j);
            try {
                mmc.deleteConference(organizer, conference);
                deleted.add(conference.getIdentifier());
            } catch (OrangeApiException deleteFailure) {
                failure.addSuppressed(deleteFailure);
                notDeleted.add(conference.getIdentifier());
            }
        }
        LOG.warn("Series occurrence {} of {} failed; {} deleted, {} still booked", failed + 1, plan.size(),
                deleted.size(), notDeleted.size());
        return ConferenceSeriesException.book(failed + 1, plan.size(), plan.get(failed).getStartDate(), failure,
                deleted, notDeleted, unknown);
    }

    /**
     * The conference an occurrence's lost answer may have created: same name, same start to the second, not one
     * this series already holds.
     */
    private static Optional<ScheduledConference> lookUp(Mmc mmc, Organizer organizer, ScheduledConferenceInfo info,
            List<ScheduledConference> booked) {
        OffsetDateTime start = info.getStartDate().truncatedTo(ChronoUnit.SECONDS);
        List<Conference> listed = mmc.getConferencesList(organizer, info.getStartDate().minusMinutes(1),
                info.getEndDate().plusMinutes(1), null);
        for (Conference conference : listed) {
            boolean held = booked.stream().anyMatch(b -> b.getIdentifier() == conference.getIdentifier());
            if (!held && conference instanceof ScheduledConference && info.getName().equals(conference.getName())
                    && conference.getStartDate() != null
                    && conference.getStartDate().truncatedTo(ChronoUnit.SECONDS).isEqual(start)) {
                ScheduledConference found = new ScheduledConference(conference.getIdentifier(), info.getPassword());
                return Optional.of(described(found, info));
            }
        }
        return Optional.empty();
    }

    /** Fills in what the create's answer leaves out (the service echoes identifier, password and URL only). */
    private static ScheduledConference described(ScheduledConference conference, ScheduledConferenceInfo info) {
        if (conference.getName() == null) {
            conference.setName(info.getName());
        }
        if (conference.getStartDate() == null) {
            conference.setStartDate(info.getStartDate());
        }
        if (conference.getEndDate() == null) {
            conference.setEndDate(info.getEndDate());
        }
        if (conference.getPassword() == null) {
            conference.setPassword(info.getPassword());
        }
        return conference;
    }

    /** @return the booked conferences, in the order of their occurrences (a copy) */
    public synchronized List<ScheduledConference> occurrences() {
        return List.copyOf(conferences);
    }

    /** @return the recurrence rule the series was booked with */
    public String rrule() {
        return rrule;
    }

    /** @return the zone whose local time the occurrences keep */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Deletes every occurrence that has not started (its state, read with {@code getConferenceDetails}, is not
     * {@code Started} or {@code Stopped}); those are removed from {@link #occurrences()}, which keeps the started
     * ones. An occurrence deleted meanwhile by other means counts as deleted. A failed delete does not stop the
     * others.
     *
     * @throws ConferenceSeriesException when an occurrence could not be deleted: the first failure is its cause,
     *                                   the others are suppressed; it lists what was deleted and what was not
     */
    public synchronized void delete() {
        List<Long> deleted = new ArrayList<>();
        List<Long> notDeleted = new ArrayList<>();
        List<ScheduledConference> kept = new ArrayList<>();
        List<ScheduledConferenceInfo> keptInfos = new ArrayList<>();
        OrangeApiException firstFailure = null;
        int failedAt = 0;
        OffsetDateTime failedStart = null;
        for (int i = 0; i < conferences.size(); i++) {
            ScheduledConference conference = conferences.get(i);
            try {
                if (deleteIfNotStarted(conference)) {
                    deleted.add(conference.getIdentifier());
                    continue;
                }
            } catch (OrangeApiException failure) {
                notDeleted.add(conference.getIdentifier());
                if (firstFailure == null) {
                    firstFailure = failure;
                    failedAt = i + 1;
                    failedStart = conference.getStartDate();
                } else {
                    firstFailure.addSuppressed(failure);
                }
            }
            kept.add(conference);
            keptInfos.add(infos.get(i));
        }
        int count = conferences.size();
        conferences.clear();
        conferences.addAll(kept);
        infos.clear();
        infos.addAll(keptInfos);
        if (firstFailure != null) {
            throw ConferenceSeriesException.delete(failedAt, count, failedStart, firstFailure, deleted, notDeleted);
        }
    }

    /** @return false for an occurrence that has started (or ended), which stays */
    private boolean deleteIfNotStarted(ScheduledConference conference) {
        ConferenceState state;
        try {
            state = mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState();
        } catch (MmcException e) {
            if (GONE.contains(e.getCode())) {
                return true;
            }
            throw e;
        }
        if (state == ConferenceState.STARTED || state == ConferenceState.STOPPED) {
            return false;
        }
        if (state != ConferenceState.DELETED) {
            mmc.deleteConference(organizer, conference);
        }
        return true;
    }

    /**
     * Modifies every occurrence, all or nothing: each gets {@code changes}' name, password and optional
     * parameters, and moves by the same local shift as the first: from the first occurrence's local start to
     * {@code changes}' start in the series' zone (a series moved from Monday 10:00 to Tuesday 11:30 moves every
     * occurrence to the next day at 11:30 local time); each lasts as long as {@code changes}' slot. When one
     * modify fails, those already modified are set back before the exception is thrown.
     *
     * @param changes the new description of the first occurrence
     * @return this series, its occurrences updated
     * @throws IllegalArgumentException  when {@code changes} has no start or end, or ends before it starts
     * @throws ConferenceSeriesException when an occurrence could not be modified (one already started, for
     *                                   example); the others are as they were, but those it lists as not
     *                                   restored
     */
    public synchronized ConferenceSeries modify(ScheduledConferenceInfo changes) {
        Objects.requireNonNull(changes, "changes");
        if (changes.getStartDate() == null || changes.getEndDate() == null) {
            throw new IllegalArgumentException("changes need a start and an end date");
        }
        if (!changes.getEndDate().isAfter(changes.getStartDate())) {
            throw new IllegalArgumentException("changes end (" + changes.getEndDate() + ") before they start ("
                    + changes.getStartDate() + ")");
        }
        if (conferences.isEmpty()) {
            return this;
        }
        Duration shift = Duration.between(local(infos.get(0).getStartDate()), local(changes.getStartDate()));
        Duration length = Duration.between(changes.getStartDate(), changes.getEndDate());
        List<ScheduledConferenceInfo> next = new ArrayList<>(infos.size());
        for (ScheduledConferenceInfo info : infos) {
            OffsetDateTime start = local(info.getStartDate()).plus(shift).atZone(zone).toOffsetDateTime();
            next.add(SeriesPlan.copy(changes, changes.getName(), changes.getPassword(), start, start.plus(length)));
        }
        for (int i = 0; i < conferences.size(); i++) {
            try {
                modifyOne(i, next.get(i));
            } catch (OrangeApiException failure) {
                List<Long> restored = new ArrayList<>();
                List<Long> notRestored = new ArrayList<>();
                for (int j = i - 1; j >= 0; j--) {
                    try {
                        modifyOne(j, infos.get(j));
                        restored.add(conferences.get(j).getIdentifier());
                    } catch (OrangeApiException restoreFailure) {
                        failure.addSuppressed(restoreFailure);
                        notRestored.add(conferences.get(j).getIdentifier());
                        infos.set(j, next.get(j));
                    }
                }
                throw ConferenceSeriesException.modify(i + 1, conferences.size(), infos.get(i).getStartDate(), failure,
                        restored, notRestored);
            }
        }
        infos.clear();
        infos.addAll(next);
        return this;
    }

    private void modifyOne(int index, ScheduledConferenceInfo info) {
        ScheduledConference conference = conferences.get(index);
        mmc.modifyConference(organizer, conference, info);
        // The service's answer may leave the description out: keep what the conference now is.
        conference.setName(info.getName());
        conference.setStartDate(info.getStartDate());
        conference.setEndDate(info.getEndDate());
        conference.setPassword(info.getPassword());
    }

    private LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDateTime();
    }

    /** Without passwords. */
    @Override
    public synchronized String toString() {
        return "ConferenceSeries[rrule=" + rrule + ", zone=" + zone + ", occurrences="
                + conferences.stream().map(ScheduledConference::getIdentifier).toList() + "]";
    }
}
