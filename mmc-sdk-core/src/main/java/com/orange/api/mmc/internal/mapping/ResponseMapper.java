package com.orange.api.mmc.internal.mapping;

import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceType;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

import com.orange.api.common.TechnicalException;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

import javax.xml.datatype.XMLGregorianCalendar;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where generated response types become the model. A conference that the SDK already holds
 * (modify, start) is updated in place with {@link #update(Conference, com.orange.api.mmc.webservice.Conference, String)}.
 */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    /** A conference read from details or a list: its class follows its {@code type}. */
    public static Conference conference(com.orange.api.mmc.webservice.Conference wire) {
        required(wire, "conference");
        ConferenceType type = ConferenceType.fromWireValue(wire.getType());
        boolean scheduled = type == ConferenceType.SCHEDULED
                || (type != ConferenceType.INSTANTANEOUS && wire.getEndDateTime() != null);
        Conference conference = scheduled ? new ScheduledConference(wire.getId(), wire.getPassword())
                : new InstantaneousConference(wire.getId(), wire.getPassword());
        return update(conference, wire, null);
    }

    public static InstantaneousConference instantaneous(com.orange.api.mmc.webservice.Conference wire, String password) {
        required(wire, "conference");
        return update(new InstantaneousConference(wire.getId(), null), wire, password);
    }

    public static ScheduledConference scheduled(com.orange.api.mmc.webservice.Conference wire, String password) {
        required(wire, "conference");
        return update(new ScheduledConference(wire.getId(), null), wire, password);
    }

    public static List<Conference> conferences(ConferenceList wire) {
        if (wire == null) {
            return List.of();
        }
        List<Conference> conferences = new ArrayList<>(wire.getConference().size());
        wire.getConference().forEach(c -> conferences.add(conference(c)));
        return Collections.unmodifiableList(conferences);
    }

    /**
     * Copies the service's view of a conference onto {@code target}: every field the service describes,
     * with the password falling back to {@code knownPassword} when the service does not echo it.
     */
    public static <C extends Conference> C update(C target, com.orange.api.mmc.webservice.Conference wire,
            String knownPassword) {
        required(wire, "conference");
        target.setIdentifier(wire.getId());
        target.setPassword(password(wire.getPassword(), knownPassword, target.getPassword()));
        target.setUrl(wire.getUrl());
        target.setAccessCode(wire.getAccessCode());
        target.setHostFirstName(wire.getHostFirstName());
        target.setHostLastName(wire.getHostLastName());
        target.setHostLogin(wire.getHostLogin());
        target.setName(wire.getName());
        target.setOrigin(wire.getOrigin());
        target.setStartDate(date(wire.getStartDateTime(), "conference/startDateTime"));
        target.setStateValue(wire.getState());
        target.setTypeValue(wire.getType());
        target.setParameters(parameters(wire.getParameters()));
        if (target instanceof ScheduledConference scheduled) {
            scheduled.setEndDate(date(wire.getEndDateTime(), "conference/endDateTime"));
        }
        return target;
    }

    public static InstantaneousAudioConference instantaneousAudio(com.orange.api.mmc.webservice.AudioConference wire,
            String password) {
        required(wire, "audioConference");
        return update(new InstantaneousAudioConference(wire.getId(), null), wire, password);
    }

    public static ScheduledAudioConference scheduledAudio(com.orange.api.mmc.webservice.AudioConference wire,
            String password) {
        required(wire, "audioConference");
        return update(new ScheduledAudioConference(wire.getId(), null), wire, password);
    }

    /** Copies the service's view of an audio conference onto {@code target}, as for web conferences. */
    public static <A extends AudioConference> A update(A target, com.orange.api.mmc.webservice.AudioConference wire,
            String knownPassword) {
        required(wire, "audioConference");
        target.setIdentifier(wire.getId());
        target.setPassword(password(wire.getPassword(), knownPassword, target.getPassword()));
        target.setUrl(wire.getUrl());
        target.setParameters(parameters(wire.getParameters()));
        return target;
    }

    public static Participant participant(com.orange.api.mmc.webservice.Participant wire) {
        required(wire, "participant");
        return new Participant(wire.getId(), wire.getCultureName(), wire.getConferenceUrl());
    }

    public static LicenceUsage licenceUsage(com.orange.api.mmc.webservice.LicenceUsage wire) {
        required(wire, "licenceUsage");
        return new LicenceUsage(wire.getMaxConcurrentConnections(), wire.getSubscribedLicencesCount(),
                required(wire.getUsageRate(), "licenceUsage/usageRate"));
    }

    /** @return {@code value}, or a {@code BAD_RESPONSE} naming the missing required element */
    private static <T> T required(T value, String element) {
        if (value == null) {
            throw badAnswer("the answer lacks the required element " + element, null);
        }
        return value;
    }

    /** @return the date, or a {@code BAD_RESPONSE} naming the element and the value no instant matches */
    private static OffsetDateTime date(XMLGregorianCalendar value, String element) {
        try {
            return WireDates.fromWire(value);
        } catch (DateTimeException | IllegalArgumentException e) {
            String shown;
            try {
                shown = value.toXMLFormat();
            } catch (RuntimeException unprintable) {
                shown = value.toString();
            }
            throw badAnswer("the answer's " + element + " '" + shown + "' is not a valid date-time", e);
        }
    }

    /** A failure of the answer's content: the exchange worked, the answer cannot be mapped exactly. */
    static TechnicalException badAnswer(String summary, Throwable cause) {
        return TechnicalException.builder(TechnicalException.BAD_RESPONSE, summary).httpStatus(200).cause(cause).build();
    }

    /** The service's password when it sends one, else the one the caller just set, else the one held. */
    private static String password(String sent, String known, String held) {
        return sent != null ? sent : known != null ? known : held;
    }

    /**
     * The service's parameters as a map view of its list, in order, for the model to copy once (an
     * intermediate map made mapping a 100-conference list take 22 µs and 128 KB instead of 16 µs and
     * 104 KB: {@code MappingBenchmark}).
     */
    private static Map<String, String> parameters(Parameters wire) {
        if (wire == null) {
            return Map.of();
        }
        List<Parameter> list = wire.getParameter();
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, String>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, String>> iterator() {
                        Iterator<Parameter> each = list.iterator();
                        return new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return each.hasNext();
                            }

                            @Override
                            public Entry<String, String> next() {
                                Parameter parameter = each.next();
                                return new SimpleImmutableEntry<>(parameter.getKey(), parameter.getValue());
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return list.size();
                    }
                };
            }
        };
    }
}
