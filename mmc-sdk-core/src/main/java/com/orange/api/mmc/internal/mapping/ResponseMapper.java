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

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The one place where generated response types become the model. A conference that the SDK already holds
 * (modify, start) is updated in place with {@link #update(Conference, com.orange.api.mmc.webservice.Conference, String)}.
 */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    /** A conference read from details or a list: its class follows its {@code type}. */
    public static Conference conference(com.orange.api.mmc.webservice.Conference wire) {
        present(wire, "conference");
        ConferenceType type = ConferenceType.fromWireValue(wire.getType());
        boolean scheduled = type == ConferenceType.SCHEDULED
                || (type != ConferenceType.INSTANTANEOUS && wire.getEndDateTime() != null);
        long id = id(wire);
        return describe(scheduled ? new ScheduledConference(id, wire.getPassword())
                : new InstantaneousConference(id, wire.getPassword()), wire, null);
    }

    public static InstantaneousConference instantaneous(com.orange.api.mmc.webservice.Conference wire, String password) {
        return describe(new InstantaneousConference(id(present(wire, "conference")), null), wire, password);
    }

    public static ScheduledConference scheduled(com.orange.api.mmc.webservice.Conference wire, String password) {
        return describe(new ScheduledConference(id(present(wire, "conference")), null), wire, password);
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
        target.setIdentifier(id(wire));
        return describe(target, wire, knownPassword);
    }

    /** {@link #update} but the identifier, which a conference just built from the answer already holds. */
    private static <C extends Conference> C describe(C target, com.orange.api.mmc.webservice.Conference wire,
            String knownPassword) {
        target.setPassword(password(wire.getPassword(), knownPassword, target.getPassword()));
        target.setUrl(wire.getUrl());
        target.setAccessCode(wire.getAccessCode());
        target.setHostFirstName(wire.getHostFirstName());
        target.setHostLastName(wire.getHostLastName());
        target.setHostLogin(wire.getHostLogin());
        target.setName(wire.getName());
        target.setOrigin(wire.getOrigin());
        target.setStartDate(WireDates.fromWire(wire.getStartDateTime(), "conference.startDateTime"));
        target.setStateValue(wire.getState());
        target.setTypeValue(wire.getType());
        target.setParameters(parameters(wire.getParameters()));
        if (target instanceof ScheduledConference scheduled) {
            scheduled.setEndDate(WireDates.fromWire(wire.getEndDateTime(), "conference.endDateTime"));
        }
        return target;
    }

    public static InstantaneousAudioConference instantaneousAudio(com.orange.api.mmc.webservice.AudioConference wire,
            String password) {
        return describe(new InstantaneousAudioConference(audioId(wire), null), wire, password);
    }

    public static ScheduledAudioConference scheduledAudio(com.orange.api.mmc.webservice.AudioConference wire,
            String password) {
        return describe(new ScheduledAudioConference(audioId(wire), null), wire, password);
    }

    /** Copies the service's view of an audio conference onto {@code target}, as for web conferences. */
    public static <A extends AudioConference> A update(A target, com.orange.api.mmc.webservice.AudioConference wire,
            String knownPassword) {
        target.setIdentifier(audioId(wire));
        return describe(target, wire, knownPassword);
    }

    private static <A extends AudioConference> A describe(A target, com.orange.api.mmc.webservice.AudioConference wire,
            String knownPassword) {
        target.setPassword(password(wire.getPassword(), knownPassword, target.getPassword()));
        target.setUrl(wire.getUrl());
        target.setParameters(parameters(wire.getParameters()));
        return target;
    }

    /** @param conferenceId the conference the participant was invited to, which the answer does not repeat */
    public static Participant participant(com.orange.api.mmc.webservice.Participant wire, long conferenceId) {
        return new Participant(identifier(present(wire, "participant").getId(), "participant.id"), wire.getCultureName(),
                wire.getConferenceUrl(), conferenceId);
    }

    public static LicenceUsage licenceUsage(com.orange.api.mmc.webservice.LicenceUsage wire) {
        present(wire, "licenceUsage");
        return new LicenceUsage(count(wire.getMaxConcurrentConnections(), "licenceUsage.maxConcurrentConnections"),
                count(wire.getSubscribedLicencesCount(), "licenceUsage.subscribedLicencesCount"),
                WireNumbers.decimal(wire.getUsageRate(), "licenceUsage.usageRate"));
    }

    /** @return the answer's element, which must be there */
    private static <T> T present(T element, String name) {
        if (element == null) {
            throw InvalidWireValue.answer(name, "the answer has no " + name);
        }
        return element;
    }

    /** @return the conference's identifier */
    private static long id(com.orange.api.mmc.webservice.Conference wire) {
        return identifier(wire.getId(), "conference.id");
    }

    /** @return the audio conference's identifier; the answer must hold an audio conference */
    private static long audioId(com.orange.api.mmc.webservice.AudioConference wire) {
        return identifier(present(wire, "audioConference").getId(), "audioConference.id");
    }

    /** @return an identifier of the answer: the service's are positive, so anything else fails the call */
    private static long identifier(String text, String element) {
        long value = WireNumbers.longValue(text, element);
        if (value <= 0) {
            throw InvalidWireValue.answer(element, element + " holds '" + value + "', which is not an identifier");
        }
        return value;
    }

    /** @return a count of the answer, exactly: one that does not fit an int fails rather than wrap */
    private static int count(String text, String element) {
        long value = WireNumbers.longValue(text, element);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw InvalidWireValue.answer(element, element + " holds '" + value + "', which is not a count");
        }
        return (int) value;
    }

    /** The service's password when it sends one, else the one the caller just set, else the one held. */
    private static String password(String sent, String known, String held) {
        return sent != null ? sent : known != null ? known : held;
    }

    /** The service's parameters as a map view of its list, in order, for the model to copy. */
    private static Map<String, String> parameters(Parameters wire) {
        return wire == null ? Map.of() : new WireParameters(wire.getParameter());
    }

    /**
     * A read-only map view of the answer's parameter list. The model copies it through {@link #forEach}, which
     * walks the list without building an entry per parameter.
     */
    private static final class WireParameters extends AbstractMap<String, String> {

        private final List<Parameter> list;

        WireParameters(List<Parameter> list) {
            this.list = list;
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            for (Parameter parameter : list) {
                action.accept(parameter.getKey(), parameter.getValue());
            }
        }

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
    }
}
