package com.orange.api.mmc;

import com.orange.api.common.LayeredSettings;
import com.orange.api.common.OrangeApiService;
import com.orange.api.common.ProxySettings;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.SettingsNaming;
import com.orange.api.common.SettingsSource;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.internal.mapping.ResponseMapper;
import com.orange.api.mmc.internal.transport.CallExecutor;
import com.orange.api.mmc.internal.transport.Operation;
import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceInfo;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The entry point to the Orange Multimedia Conference (MMC) API: every operation of the manual as one
 * method. Build one {@code Mmc} per service URL, share it between threads, and pass the {@link Organizer}
 * each call acts for; close it when the application stops.
 *
 * <pre>{@code
 * try (Mmc mmc = Mmc.loadFromConfigFile()) {          // ./mmc.properties, else on the classpath
 *     Organizer organizer = new Organizer();
 *     organizer.loadFromConfigFile();
 *     System.out.println(mmc.about(organizer));          // V1.4
 *     ScheduledConference conference = mmc.createConference(organizer, new ScheduledConferenceInfo(
 *             "weekly", "s3cret", OffsetDateTime.now().plusMinutes(1), OffsetDateTime.now().plusHours(2)));
 * }
 * }</pre>
 *
 * <p>Every method throws {@link NullPointerException} naming a null argument and {@link MmcException} with
 * {@link MmcException#isLocal()} for a rule of the manual broken in the arguments, both before anything is
 * sent; {@link MmcException} when the service refuses the request;
 * {@link com.orange.api.common.TechnicalException} when the exchange fails; and
 * {@link com.orange.api.common.ConfigurationException} when the organizer lacks a credential.
 *
 * <p>Each operation hands the call executor what the call needs, in the order it runs: who it acts for,
 * how to check and map the request, and how to map the answer (see CONTRIBUTING.md for the call path).
 */
public final class Mmc extends OrangeApiService {

    /**
     * How MMC names its settings outside code: system properties {@code mmc.<key>}, environment variables
     * {@code MMC_<KEY>}, the file {@code mmc.properties} (copied from {@code mmc.properties.example}). For a
     * caller that composes its own {@link com.orange.api.common.SettingsSource}s for
     * {@link Builder#settingsLayers} and {@link Organizer#fromSettings(LayeredSettings)}.
     */
    public static final SettingsNaming SETTINGS_NAMING = new SettingsNaming("mmc.", "MMC_", "mmc.properties",
            "https://iosw.orange-api.net/api/MultimediaConference-1");

    private final CallExecutor executor;
    private final Executor asyncExecutor;
    private MmcAsync async;

    private Mmc(ServiceSettings settings, List<MmcInterceptor> interceptors, Executor asyncExecutor) {
        super(settings);
        this.executor = new CallExecutor(settings, interceptors);
        this.asyncExecutor = asyncExecutor;
    }

    /**
     * Builds a client from {@code mmc.properties} in the working directory or, failing that, on the
     * classpath; system properties {@code mmc.<key>} and environment variables {@code MMC_<KEY>} override it.
     * The file is optional: {@code MMC_SERVICE_URL} (or {@code -Dmmc.serviceUrl}) alone is enough.
     *
     * @throws com.orange.api.common.ConfigurationException when a setting is invalid or {@code serviceUrl}
     *                                                      is given nowhere
     */
    public static Mmc loadFromConfigFile() {
        return builder().configSource(SettingsSource.defaultLocationOrNone(SETTINGS_NAMING)).build();
    }

    /**
     * Builds a client from the given properties file (overridden by system properties and environment).
     *
     * @throws com.orange.api.common.ConfigurationException when the file is missing or a setting is invalid
     */
    public static Mmc loadFromConfigFile(Path file) {
        return builder().configFile(Objects.requireNonNull(file, "file")).build();
    }

    /**
     * Builds a client from a properties stream, which the caller keeps and closes.
     *
     * @throws com.orange.api.common.ConfigurationException when a setting is invalid
     */
    public static Mmc loadFromConfigFile(InputStream stream) {
        return builder().configSource(SettingsSource.fromStream(Objects.requireNonNull(stream, "stream"),
                "given to loadFromConfigFile")).build();
    }

    /** @return a builder whose values win over system properties, environment and the optional file */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the MMC API release, for example {@code V1.4}: a "hello world" to check connectivity and
     * credentials.
     */
    public String about(Organizer organizer) {
        return executor.run(Operation.ABOUT, caller(organizer), () -> (port, context) -> port.about(context),
                answer -> answer);
    }

    /** Creates a conference that starts at once; its URL starts it in a browser. */
    public InstantaneousConference createConference(Organizer organizer, InstantaneousConferenceInfo conferenceInfo) {
        return executor.run(Operation.CREATE_INSTANTANEOUS_CONFERENCE, caller(organizer), () -> {
            validate(conferenceInfo, "conferenceInfo", Operation.CREATE_INSTANTANEOUS_CONFERENCE);
            var request = RequestMapper.instantaneous(conferenceInfo);
            return (port, context) -> port.createInstantaneousConference(request, context);
        }, answer -> ResponseMapper.instantaneous(answer, conferenceInfo.getPassword()), password(conferenceInfo));
    }

    /** Books a conference for the time slot of {@code conferenceInfo}. */
    public ScheduledConference createConference(Organizer organizer, ScheduledConferenceInfo conferenceInfo) {
        return executor.run(Operation.CREATE_SCHEDULED_CONFERENCE, caller(organizer), () -> {
            validate(conferenceInfo, "conferenceInfo", Operation.CREATE_SCHEDULED_CONFERENCE);
            var request = RequestMapper.scheduled(conferenceInfo);
            return (port, context) -> port.createScheduledConference(request, context);
        }, answer -> ResponseMapper.scheduled(answer, conferenceInfo.getPassword()), password(conferenceInfo));
    }

    /**
     * Creates an instantaneous or a scheduled conference, following the class of {@code conferenceInfo}.
     */
    public Conference createConference(Organizer organizer, ConferenceInfo conferenceInfo) {
        Objects.requireNonNull(conferenceInfo, "conferenceInfo");
        if (conferenceInfo instanceof ScheduledConferenceInfo scheduled) {
            return createConference(organizer, scheduled);
        }
        return createConference(organizer, (InstantaneousConferenceInfo) conferenceInfo);
    }

    /**
     * Modifies a scheduled conference that has not started: name, password, time slot and parameters.
     * {@code conference} is updated with the service's answer and returned.
     */
    public ScheduledConference modifyConference(Organizer organizer, ScheduledConference conference,
            ScheduledConferenceInfo conferenceInfo) {
        return executor.run(Operation.MODIFY_SCHEDULED_CONFERENCE, caller(organizer), () -> {
            requireConferenceAndPassword(conference, Operation.MODIFY_SCHEDULED_CONFERENCE);
            validate(conferenceInfo, "conferenceInfo", Operation.MODIFY_SCHEDULED_CONFERENCE);
            var connection = RequestMapper.connection(conference.getIdentifier(), conference.getPassword());
            var request = RequestMapper.scheduled(conferenceInfo);
            return (port, context) -> port.modifyScheduledConference(connection, request, context);
        }, answer -> ResponseMapper.update(conference, answer, conferenceInfo.getPassword()),
                password(conference), password(conferenceInfo));
    }

    /** Cancels a scheduled conference that has not started. */
    public void deleteConference(Organizer organizer, ScheduledConference conference) {
        executor.run(Operation.DELETE_SCHEDULED_CONFERENCE, caller(organizer), () -> {
            requireConferenceAndPassword(conference, Operation.DELETE_SCHEDULED_CONFERENCE);
            var connection = RequestMapper.connection(conference.getIdentifier(), conference.getPassword());
            return (port, context) -> {
                port.deleteScheduledConference(connection, context);
                return null;
            };
        }, answer -> answer, password(conference));
    }

    /**
     * Starts a scheduled conference (at most one hour before its start). {@code conference} is updated with
     * the service's answer, notably the URL that opens it, and returned.
     */
    public ScheduledConference startConference(Organizer organizer, ScheduledConference conference) {
        return executor.run(Operation.START_SCHEDULED_CONFERENCE, caller(organizer), () -> {
            requireConferenceAndPassword(conference, Operation.START_SCHEDULED_CONFERENCE);
            var connection = RequestMapper.connection(conference.getIdentifier(), conference.getPassword());
            return (port, context) -> port.startScheduledConference(connection, context);
        }, answer -> ResponseMapper.update(conference, answer, conference.getPassword()), password(conference));
    }

    /** Invites a participant to a conference; the participant's URL joins it once the organizer started it. */
    public Participant joinConference(Organizer organizer, ParticipantInfo participantInfo) {
        return executor.run(Operation.JOIN_CONFERENCE, caller(organizer), () -> {
            Objects.requireNonNull(participantInfo, "participantInfo");
            LocalRules.participantInfo(participantInfo, Operation.JOIN_CONFERENCE.method());
            var request = RequestMapper.participant(participantInfo);
            return (port, context) -> port.joinConference(request, context);
        }, answer -> ResponseMapper.participant(answer, participantInfo.getConferenceId()),
                participantInfo == null ? null : participantInfo.getConferencePassword());
    }

    /** Reads a conference of the organizer's contract; the class of the result follows its type. */
    public Conference getConferenceDetails(Organizer organizer, long conferenceId) {
        return executor.run(Operation.GET_CONFERENCE_DETAILS, caller(organizer), () -> {
            var request = RequestMapper.details(conferenceId);
            return (port, context) -> port.getConferenceDetails(request, context);
        }, ResponseMapper::conference);
    }

    /**
     * Lists the conferences of a period, optionally of one host. Both dates must lie between six months
     * ago and a year from now.
     *
     * @param hostId the host's user identifier, or {@code null} for every host
     * @return the conferences, possibly none, in the service's order (unmodifiable)
     */
    public List<Conference> getConferencesList(Organizer organizer, OffsetDateTime startDate, OffsetDateTime endDate,
            Long hostId) {
        return executor.run(Operation.GET_CONFERENCES_LIST, caller(organizer), () -> {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
            LocalRules.listWindow(startDate, endDate, Operation.GET_CONFERENCES_LIST.method());
            var request = RequestMapper.list(startDate, endDate, hostId);
            return (port, context) -> port.getConferencesList(request, context);
        }, ResponseMapper::conferences);
    }

    /** Reads the contract's licence usage over a past period (between a year ago and yesterday). */
    public LicenceUsage getLicencesUsage(Organizer organizer, OffsetDateTime startDate, OffsetDateTime endDate) {
        return executor.run(Operation.GET_LICENCES_USAGE, caller(organizer), () -> {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
            LocalRules.licenceWindow(startDate, endDate, Operation.GET_LICENCES_USAGE.method());
            var request = RequestMapper.licences(startDate, endDate);
            return (port, context) -> port.getLicencesUsage(request, context);
        }, ResponseMapper::licenceUsage);
    }

    /** Creates an audio conference that is open at once. */
    public InstantaneousAudioConference createAudioConference(Organizer organizer,
            InstantaneousAudioConferenceInfo audioConferenceInfo) {
        return executor.run(Operation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE, caller(organizer), () -> {
            validate(audioConferenceInfo, "audioConferenceInfo", Operation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE);
            var input = RequestMapper.createInstantaneousAudio(audioConferenceInfo);
            return (port, context) -> port.createInstantaneousAudioConference(input, context);
        }, answer -> ResponseMapper.instantaneousAudio(answer, audioConferenceInfo.getPassword()),
                password(audioConferenceInfo));
    }

    /** Books an audio conference for the time slot of {@code audioConferenceInfo}. */
    public ScheduledAudioConference createAudioConference(Organizer organizer,
            ScheduledAudioConferenceInfo audioConferenceInfo) {
        return executor.run(Operation.CREATE_SCHEDULED_AUDIO_CONFERENCE, caller(organizer), () -> {
            validate(audioConferenceInfo, "audioConferenceInfo", Operation.CREATE_SCHEDULED_AUDIO_CONFERENCE);
            var input = RequestMapper.createScheduledAudio(audioConferenceInfo);
            return (port, context) -> port.createScheduledAudioConference(input, context);
        }, answer -> ResponseMapper.scheduledAudio(answer, audioConferenceInfo.getPassword()),
                password(audioConferenceInfo));
    }

    /** Creates an instantaneous or a scheduled audio conference, following the class of the info. */
    public AudioConference createAudioConference(Organizer organizer, AudioConferenceInfo audioConferenceInfo) {
        Objects.requireNonNull(audioConferenceInfo, "audioConferenceInfo");
        if (audioConferenceInfo instanceof ScheduledAudioConferenceInfo scheduled) {
            return createAudioConference(organizer, scheduled);
        }
        return createAudioConference(organizer, (InstantaneousAudioConferenceInfo) audioConferenceInfo);
    }

    /**
     * Modifies a scheduled audio conference that has not started. {@code audioConference} is updated with
     * the service's answer and returned.
     */
    public ScheduledAudioConference modifyAudioConference(Organizer organizer, ScheduledAudioConference audioConference,
            ScheduledAudioConferenceInfo audioConferenceInfo) {
        return executor.run(Operation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, caller(organizer), () -> {
            requireAudioConferenceAndPassword(audioConference, Operation.MODIFY_SCHEDULED_AUDIO_CONFERENCE);
            validate(audioConferenceInfo, "audioConferenceInfo", Operation.MODIFY_SCHEDULED_AUDIO_CONFERENCE);
            var input = RequestMapper.modifyScheduledAudio(audioConference.getIdentifier(),
                    audioConference.getPassword(),
                    audioConferenceInfo);
            return (port, context) -> port.modifyScheduledAudioConference(input, context);
        }, answer -> ResponseMapper.update(audioConference, answer, audioConferenceInfo.getPassword()),
                password(audioConference), password(audioConferenceInfo));
    }

    /**
     * Starts a scheduled audio conference (at most one hour before its start). {@code audioConference} is
     * updated with the service's answer and returned.
     */
    public ScheduledAudioConference startAudioConference(Organizer organizer, ScheduledAudioConference audioConference) {
        return executor.run(Operation.START_SCHEDULED_AUDIO_CONFERENCE, caller(organizer), () -> {
            requireAudioConferenceAndPassword(audioConference, Operation.START_SCHEDULED_AUDIO_CONFERENCE);
            var input = RequestMapper.startScheduledAudio(audioConference.getIdentifier(),
                    audioConference.getPassword());
            return (port, context) -> port.startScheduledAudioConference(input, context);
        }, answer -> ResponseMapper.update(audioConference, answer, audioConference.getPassword()),
                password(audioConference));
    }

    /**
     * The operations of this client returning {@link java.util.concurrent.CompletableFuture}s (see
     * {@link MmcAsync}), run on the builder's {@link Builder#asyncExecutor(Executor)}, else on an executor
     * the client creates on first use and shuts down in {@link #close()}.
     */
    public synchronized MmcAsync async() {
        if (async == null) {
            async = new MmcAsync(this, asyncExecutor);
        }
        return async;
    }

    /**
     * Releases the client's port, its connections and the async executor it owns; calls made afterwards fail with
     * {@link IllegalStateException}.
     */
    @Override
    public void close() {
        MmcAsync started;
        synchronized (this) {
            started = async;
        }
        if (started != null) {
            started.close();
        }
        executor.close();
    }

    @Override
    public String toString() {
        return "Mmc[" + settings() + "]";
    }

    /**
     * Who a call acts for: the organizer's credentials are read and checked as text inside the call, before
     * anything else, so that a null organizer, a missing credential or one XML cannot carry is reported like
     * any other failure of the call.
     */
    private static CallExecutor.Caller caller(Organizer organizer) {
        return new CallExecutor.Caller(organizer == null ? null : organizer.getServiceAccount(),
                () -> LocalRules.credentials(Objects.requireNonNull(organizer, "organizer").snapshot()));
    }

    /** @return the password the conference carries, masked in the server's text; null for a null conference */
    private static String password(ScheduledConference conference) {
        return conference == null ? null : conference.getPassword();
    }

    private static String password(ScheduledAudioConference audioConference) {
        return audioConference == null ? null : audioConference.getPassword();
    }

    private static String password(ConferenceInfo info) {
        return info == null ? null : info.getPassword();
    }

    private static String password(AudioConferenceInfo info) {
        return info == null ? null : info.getPassword();
    }

    private static void validate(ConferenceInfo info, String parameter, Operation operation) {
        Objects.requireNonNull(info, parameter);
        LocalRules.conferenceInfo(info, operation.method());
    }

    private static void validate(AudioConferenceInfo info, String parameter, Operation operation) {
        Objects.requireNonNull(info, parameter);
        LocalRules.audioConferenceInfo(info, operation.method());
    }

    /** The conference a call acts on: not null, and a password the service can accept (MMC_25..27). */
    private static void requireConferenceAndPassword(ScheduledConference conference, Operation operation) {
        Objects.requireNonNull(conference, "conference");
        LocalRules.conferencePassword(conference.getPassword(), operation.method());
    }

    /** The audio conference a call acts on: not null, and a password the service can accept (MMC_25..27). */
    private static void requireAudioConferenceAndPassword(ScheduledAudioConference audioConference,
            Operation operation) {
        Objects.requireNonNull(audioConference, "audioConference");
        LocalRules.conferencePassword(audioConference.getPassword(), operation.method());
    }

    /**
     * Settings given in code, which win over system properties, environment variables and the optional
     * file. {@link #build()} validates them all.
     */
    public static final class Builder {

        private final ServiceSettings.Builder settings = ServiceSettings.builder(SETTINGS_NAMING);
        private final List<MmcInterceptor> interceptors = new ArrayList<>();
        private Executor asyncExecutor;

        private Builder() {
        }

        /** Reads the lowest-precedence layer from this properties file. */
        public Builder configFile(Path file) {
            settings.configFile(file);
            return this;
        }

        /** Reads the lowest-precedence layer from this source. */
        public Builder configSource(SettingsSource source) {
            settings.configSource(source);
            return this;
        }

        /**
         * Reads every layer below the builder's own values from {@code layers} (instead of system
         * properties, environment and file), for a caller that finds its settings itself.
         */
        public Builder settingsLayers(LayeredSettings layers) {
            settings.layers(layers);
            return this;
        }

        /** @param serviceUrl the service endpoint ({@link com.orange.api.common.SettingKey#SERVICE_URL}) */
        public Builder serviceUrl(URI serviceUrl) {
            settings.serviceUrl(serviceUrl);
            return this;
        }

        /** @param proxy no proxy, the JVM's proxy selector (the default) or an explicit proxy */
        public Builder proxy(ProxySettings proxy) {
            settings.proxy(proxy);
            return this;
        }

        /**
         * @param timeout the time allowed to open a connection
         *         ({@link com.orange.api.common.SettingKey#CONNECT_TIMEOUT})
         */
        public Builder connectTimeout(Duration timeout) {
            settings.connectTimeout(timeout);
            return this;
        }

        /**
         * @param timeout the time allowed for a whole request
         *         ({@link com.orange.api.common.SettingKey#REQUEST_TIMEOUT})
         */
        public Builder requestTimeout(Duration timeout) {
            settings.requestTimeout(timeout);
            return this;
        }

        /**
         * @param timeout the most time a whole call may take, retries and the waits between them included
         *                ({@link com.orange.api.common.SettingKey#CALL_TIMEOUT})
         */
        public Builder callTimeout(Duration timeout) {
            settings.callTimeout(timeout);
            return this;
        }

        /**
         * @param allowed true to accept a {@code http://} service URL on another machine, whose credentials then
         *                cross the network in clear ({@link com.orange.api.common.SettingKey#ALLOW_PLAIN_HTTP})
         */
        public Builder allowPlainHttp(boolean allowed) {
            settings.allowPlainHttp(allowed);
            return this;
        }

        /**
         * @param attempts how many times a retryable call is tried
         *         ({@link com.orange.api.common.SettingKey#MAX_ATTEMPTS})
         */
        public Builder maxAttempts(int attempts) {
            settings.maxAttempts(attempts);
            return this;
        }

        /** @param bytes the largest answer to read ({@link com.orange.api.common.SettingKey#MAX_RESPONSE_SIZE}) */
        public Builder maxResponseSize(int bytes) {
            settings.maxResponseSize(bytes);
            return this;
        }

        /** Trusts this PEM or DER certificate in addition to the JVM's roots (the manual's orangeapi.cer). */
        public Builder trustCertificate(Path certificate) {
            settings.trustCertificate(certificate);
            return this;
        }

        /** Trusts the certificates of this key store in addition to the JVM's roots. */
        public Builder trustStore(Path store, String password, String type) {
            settings.trustStore(store, password, type);
            return this;
        }

        /**
         * Adds a hook around every call of the client, run after those added before it (see
         * {@link MmcInterceptor}).
         */
        public Builder addInterceptor(MmcInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Runs the calls of {@link Mmc#async()} on {@code executor}, which the caller keeps and shuts down
         * (by default the client owns one: see {@link MmcAsync}).
         */
        public Builder asyncExecutor(Executor executor) {
            this.asyncExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @throws com.orange.api.common.ConfigurationException naming the first invalid or missing setting
         */
        public Mmc build() {
            return new Mmc(settings.build(), interceptors, asyncExecutor);
        }
    }

    /**
     * Waiters on this client: "tell me when it starts" (see {@link MmcWaiters}).
     *
     * <pre>{@code
     * Conference started = mmc.waiters().untilState(organizer, id, ConferenceState.STARTED, Duration.ofMinutes(30));
     * }</pre>
     */
    public MmcWaiters waiters() {
        return new MmcWaiters(this);
    }

    /**
     * Starts watching the organizer's conferences with the {@link WatchOptions#defaults() default options}: see
     * {@link #watch(Organizer, ConferenceListener, WatchOptions)}.
     */
    public ConferenceWatch watch(Organizer organizer, ConferenceListener listener) {
        return watch(organizer, listener, WatchOptions.defaults());
    }

    /**
     * Starts watching the organizer's conferences: {@code listener} hears of every booking, change, start, end
     * and removal the watch sees, until the returned watch is closed (see {@link ConferenceWatch} for how it
     * polls and what it costs the service). Polling runs on the watch's own thread, with this client's calls.
     *
     * <pre>{@code
     * try (ConferenceWatch watch = mmc.watch(organizer, event -> System.out.println(event))) {
     *     ...
     * }
     * }</pre>
     */
    public ConferenceWatch watch(Organizer organizer, ConferenceListener listener, WatchOptions options) {
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(options, "options");
        var source = new com.orange.api.mmc.internal.watch.ConferenceSource() {
            @Override
            public List<Conference> list(OffsetDateTime from, OffsetDateTime to) {
                return getConferencesList(organizer, from, to, null);
            }

            @Override
            public Conference details(long conferenceId) {
                return getConferenceDetails(organizer, conferenceId);
            }
        };
        return com.orange.api.mmc.internal.watch.PollingWatch.start(new com.orange.api.mmc.internal.watch.ConferencePoller(
                source, options.clock(), options.behind(), options.ahead()), listener, options.pollInterval());
    }
}
