package com.orange.api.mmc.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A web conference as the service describes it. Fields the service did not send are {@code null}: a
 * freshly created conference carries its identifier, password, URL and audio numbers; one read with
 * {@code getConferenceDetails} or {@code getConferencesList} carries its name, host, dates and state.
 *
 * <p>As in the manual, {@code modifyConference} and {@code startConference} update the instance they are
 * given, so the setters are public. Enumerated fields keep the service's raw string
 * ({@link #getStateValue()}) beside the typed value ({@link #getState()}), so a value this SDK version
 * does not know is never lost. {@link #toString()} prints the manual's layout with the password masked.
 */
public abstract sealed class Conference permits InstantaneousConference, ScheduledConference {

    private long identifier;
    private String password;
    private String url;
    private String accessCode;
    private String hostFirstName;
    private String hostLastName;
    private String hostLogin;
    private String name;
    private String origin;
    private OffsetDateTime startDate;
    private String state;
    private String type;
    private ServiceParameters parameters = ServiceParameters.NONE;

    protected Conference(long identifier, String password) {
        this.identifier = identifier;
        this.password = password;
    }

    public long getIdentifier() {
        return identifier;
    }

    public void setIdentifier(long identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** @return the URL to start (organizer) the conference in a browser; null when the service sent none */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }

    public String getHostFirstName() {
        return hostFirstName;
    }

    public void setHostFirstName(String hostFirstName) {
        this.hostFirstName = hostFirstName;
    }

    public String getHostLastName() {
        return hostLastName;
    }

    public void setHostLastName(String hostLastName) {
        this.hostLastName = hostLastName;
    }

    public String getHostLogin() {
        return hostLogin;
    }

    public void setHostLogin(String hostLogin) {
        this.hostLogin = hostLogin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** @return where the conference was booked from, for example {@code Odn} */
    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    /** @return the state; {@code null} when not sent; {@code UNKNOWN_TO_SDK_VERSION} for a new value */
    public ConferenceState getState() {
        return ConferenceState.fromWireValue(state);
    }

    /** @return the state exactly as the service sent it */
    public String getStateValue() {
        return state;
    }

    /** @param state the state as the service spells it, for example {@code NotStarted} */
    public void setStateValue(String state) {
        this.state = state;
    }

    /** @return the type; {@code null} when not sent; {@code UNKNOWN_TO_SDK_VERSION} for a new value */
    public ConferenceType getType() {
        return ConferenceType.fromWireValue(type);
    }

    /** @return the type exactly as the service sent it */
    public String getTypeValue() {
        return type;
    }

    /** @param type the type as the service spells it, for example {@code Scheduled} */
    public void setTypeValue(String type) {
        this.type = type;
    }

    /** @return the parameters the service returned, in its order (read-only) */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Replaces the parameters with a read-only copy of {@code parameters}, in their order; a map read before
     * keeps the parameters it had.
     */
    public void setParameters(Map<String, String> parameters) {
        this.parameters = ServiceParameters.copyOf(parameters);
    }

    /** @return one parameter's value, for example {@code getParameter(AUDIO_ROOM_NUMBER)} */
    public Optional<String> getParameter(ConferenceOptionalParameter key) {
        return Optional.ofNullable(parameters.get(key.wireValue()));
    }

    /** Writes the fields every conference has, in the manual's order; subclasses print theirs first. */
    ModelFormat format(ModelFormat out) {
        return out.field("AccessCode", accessCode).field("HostFirstName", hostFirstName)
                .field("HostLastName", hostLastName).field("HostLogin", hostLogin).field("Identifier", identifier)
                .field("Name", name).field("Origin", origin).secret("Password", password)
                .date("StartDate", startDate).field("State", state).field("Type", type).field("Url", url)
                .parameters(parameters);
    }

    @Override
    public String toString() {
        return format(ModelFormat.of(this)).toString();
    }
}
