package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.model.AudioType;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A contract the sandbox's service accounts belong to: which options its conferences may use, and whether it is
 * blocked. A refused option is answered with the manual's code (appendix A):
 * <ul>
 *   <li>audio not allowed: {@code MMC_75} (AudioConferenceForbidden), for a web conference asking for audio and
 *       for an audio conference;</li>
 *   <li>an audio type not allowed: {@code MMC_131} (ConferenceTelephone), {@code MMC_132} (CTNE), and
 *       {@code MMC_73} (AudioReservationFailed) for Apac, the type {@code audioConfEnabled=true} and an audio
 *       conference without a type book;</li>
 *   <li>{@code conferenceAutoLaunched=True} not allowed: {@code MMC_98}; {@code conferenceWebcam}:
 *       {@code MMC_101}; {@code conferenceChat}: {@code MMC_135};</li>
 *   <li>a blocked contract: {@code MMC_81} on every call of its accounts.</li>
 * </ul>
 * A contract that is not declared allows everything.
 *
 * <pre>{@code
 * SandboxContract noAudio = SandboxContract.builder("no-audio").audio(false).build();
 * MmcSandbox sandbox = MmcSandbox.builder().contract(noAudio).start();   // the default account's contract
 * }</pre>
 */
public final class SandboxContract {

    private final String name;
    private final boolean audio;
    private final Set<AudioType> audioTypes;
    private final boolean autoLaunch;
    private final boolean webcam;
    private final boolean chat;
    private final boolean blocked;

    private SandboxContract(Builder builder) {
        this.name = builder.name;
        this.audio = builder.audio;
        this.audioTypes = Collections.unmodifiableSet(EnumSet.copyOf(builder.audioTypes));
        this.autoLaunch = builder.autoLaunch;
        this.webcam = builder.webcam;
        this.chat = builder.chat;
        this.blocked = builder.blocked;
    }

    /**
     * @param name the contract's name, as {@link SandboxAccount#contract()} names it
     * @return a builder of a contract that allows everything until told otherwise
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return a contract of that name that allows every option and is not blocked */
    static SandboxContract allowingEverything(String name) {
        return builder(name).build();
    }

    /** @return the contract's name */
    public String name() {
        return name;
    }

    /** @return whether its conferences may have audio */
    public boolean allowsAudio() {
        return audio;
    }

    /** @return the audio types its conferences may use */
    public Set<AudioType> audioTypes() {
        return audioTypes;
    }

    /** @return whether its scheduled conferences may launch themselves ({@code conferenceAutoLaunched=True}) */
    public boolean allowsAutoLaunch() {
        return autoLaunch;
    }

    /** @return whether its conferences may set {@code conferenceWebcam} */
    public boolean allowsWebcam() {
        return webcam;
    }

    /** @return whether its conferences may set {@code conferenceChat} */
    public boolean allowsChat() {
        return chat;
    }

    /** @return whether the contract is blocked: its accounts' calls are answered {@code MMC_81} */
    public boolean isBlocked() {
        return blocked;
    }

    @Override
    public String toString() {
        return "SandboxContract[name=" + name + ", audio=" + audio + ", audioTypes=" + audioTypes + ", autoLaunch="
                + autoLaunch + ", webcam=" + webcam + ", chat=" + chat + ", blocked=" + blocked + "]";
    }

    /** Settings of a {@link SandboxContract}; everything is allowed and nothing blocked unless set. */
    public static final class Builder {

        private final String name;
        private boolean audio = true;
        private Set<AudioType> audioTypes = EnumSet.of(AudioType.APAC, AudioType.CONFERENCE_TELEPHONE, AudioType.CTNE);
        private boolean autoLaunch = true;
        private boolean webcam = true;
        private boolean chat = true;
        private boolean blocked;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A contract's name must not be blank");
            }
            this.name = name;
        }

        /** @param allowed whether its conferences may have audio ({@code MMC_75} otherwise); true by default */
        public Builder audio(boolean allowed) {
            this.audio = allowed;
            return this;
        }

        /**
         * @param types the audio types its conferences may use (every type by default); another type is answered
         *              {@code MMC_131}, {@code MMC_132} or {@code MMC_73}
         * @throws IllegalArgumentException for {@code AudioType.UNKNOWN_TO_SDK_VERSION}, which the sandbox cannot book
         */
        public Builder audioTypes(AudioType... types) {
            Objects.requireNonNull(types, "types");
            Set<AudioType> allowed = EnumSet.noneOf(AudioType.class);
            for (AudioType type : types) {
                Objects.requireNonNull(type, () -> "audioTypes contains null: " + Arrays.toString(types));
                if (type == AudioType.UNKNOWN_TO_SDK_VERSION) {
                    throw new IllegalArgumentException("audioTypes takes the manual's types (APAC, CONFERENCE_TELEPHONE,"
                            + " CTNE), not " + type);
                }
                allowed.add(type);
            }
            this.audioTypes = allowed;
            return this;
        }

        /** @param allowed whether {@code conferenceAutoLaunched=True} is allowed ({@code MMC_98} otherwise) */
        public Builder autoLaunch(boolean allowed) {
            this.autoLaunch = allowed;
            return this;
        }

        /** @param allowed whether {@code conferenceWebcam} may be set ({@code MMC_101} otherwise) */
        public Builder webcam(boolean allowed) {
            this.webcam = allowed;
            return this;
        }

        /** @param allowed whether {@code conferenceChat} may be set ({@code MMC_135} otherwise) */
        public Builder chat(boolean allowed) {
            this.chat = allowed;
            return this;
        }

        /** @param blocked whether the contract is blocked: every call of its accounts is answered {@code MMC_81} */
        public Builder blocked(boolean blocked) {
            this.blocked = blocked;
            return this;
        }

        /** @return the contract */
        public SandboxContract build() {
            return new SandboxContract(this);
        }
    }
}
