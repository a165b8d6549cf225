package com.orange.api.common;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The technical errors of the Orange API gateway, as the MMC manual lists them in appendix A
 * (tables A.2 metadata, A.3 policy, A.4 gateway and A.5 connectivity): 45 codes.
 *
 * <p>{@link #description()} is the manual's wording ({@code {0}} stands for a value the gateway fills in).
 * {@link #retryable()} is true only for failures that say the platform could not reach or serve the back
 * end at that moment; quota, subscription, credential and schema errors are not retryable.
 */
public enum GatewayError {

    // Table A.2. Metadata errors
    MET0001("MET0001", Category.METADATA, "Context Metadata {0} does not exist", 0, false),
    MET0002("MET0002", Category.METADATA, "Context Metadata {0} already exists", 0, false),
    MET0008("MET0008", Category.METADATA, "Metadata value {0} does not exist", 0, false),
    MET0009("MET0009", Category.METADATA, "Metadata value {0} already exists", 0, false),
    MET0011("MET0011", Category.METADATA, "Context Metadata Key {0} does not exist", 0, false),
    MET0012("MET0012", Category.METADATA, "Context Metadata Key {0} already exist", 0, false),

    // Table A.3. Policy errors
    MED0001("MED0001", Category.POLICY, "Missing mandatory parameter: {0}", 0, false),
    MED0002("MED0002", Category.POLICY, "The required service is not activated", 0, false),
    MED0003("MED0003", Category.POLICY, "The service account {0} is deactivated", 0, false),
    MED0004("MED0004", Category.POLICY, "No subscription matches the API Service Account {0}", 0, false),
    MED0005("MED0005", Category.POLICY, "The subscription is out of a valid period", 0, false),
    MED0006("MED0006", Category.POLICY, "The quota is exceeded", 0, false),
    MED0007("MED0007", Category.POLICY, "A mandatory metadata is missing: {0}", 0, false),
    MED0008("MED0008", Category.POLICY, "All accesses are blocked for technical reasons", 0, true),
    MED0009("MED0009", Category.POLICY, "Too much subscriptions match the API Service Account {0}", 0, false),
    MED0010("MED0010", Category.POLICY, "The Business Service {0} is not linked to the Service Provider {1}", 0, false),
    MED0011("MED0011", Category.POLICY, "Quota Exceeded", 0, false),
    MED0012("MED0012", Category.POLICY, "There is no SLM primary Server available !", 0, true),
    MED0013("MED0013", Category.POLICY, "The mandatory inbound metadata {0} is not present", 0, false),
    MED0014("MED0014", Category.POLICY, "The inbound metadata {0} is mandatory and the value {1} is not found", 0, false),

    // Table A.4. Gateway errors
    DPW0001("DPW0001", Category.GATEWAY, "Unknown error", 0, false),
    DPW0002("DPW0002", Category.GATEWAY, "Error occurred during SOAP validation", 0, false),
    DPW0003("DPW0003", Category.GATEWAY, "Error in metadata declaration", 0, false),
    DPW0004("DPW0004", Category.GATEWAY, "Metadata key is not valid", 0, false),
    DPW0005("DPW0005", Category.GATEWAY, "Metadata value is not valid", 0, false),
    DPW0006("DPW0006", Category.GATEWAY, "Mediation engine connection error", 0, true),
    DPW0007("DPW0007", Category.GATEWAY, "Unknown access key", 0, false),
    DPW0008("DPW0008", Category.GATEWAY, "Failed to establish a backside connection", 0, true),
    DPW0009("DPW0009", Category.GATEWAY, "Correlation identifier is missing", 0, false),
    DPW0010("DPW0010", Category.GATEWAY, "Correlation timestamp is missing", 0, false),
    DPW0011("DPW0011", Category.GATEWAY, "Metadata number between upper and lower limit", 0, false),
    DPW0012("DPW0012", Category.GATEWAY, "Duplicated metadata key", 0, false),
    DPW0013("DPW0013", Category.GATEWAY, "Back-end response cannot be parsed", 0, false),

    // Table A.5. Connectivity errors
    REQ_BACKSIDE_CONNECTION_FAILURE("REQ.BACKSIDE_CONNECTION_FAILURE", Category.CONNECTIVITY,
            "Failed to establish a backside connection with the back-end service: network connection error"
                    + " between technical platform and WSP server", 500, true),
    GENERAL("GENERAL", Category.CONNECTIVITY,
            "Internal Error: the SOAP message specifies an unknown operation name or is malformed", 500, false),
    REQ_SERVICE_NOT_FOUND("REQ.SERVICE_NOT_FOUND", Category.CONNECTIVITY,
            "The back-end service could not handle the request because it has not found any service"
                    + " corresponding to the received request: service is not available", 500, true),
    IOSW_UNKNOWN_ERROR("IOSW.UNKNOWN_ERROR", Category.CONNECTIVITY,
            "An unknown error has occurred during the processing of the request/response: internal error of"
                    + " the technical platform", 500, false),
    REQ_AUTHENTICATION_FAILURE("REQ.AUTHENTICATION_FAILURE", Category.CONNECTIVITY,
            "The credentials provided are not valid: unauthorized", 401, false),
    REQ_AUTORISATION_FAILURE("REQ.AUTORISATION_FAILURE", Category.CONNECTIVITY,
            "The client is not authorized to consume the requested service", 500, false),
    REQ_SERVICE_AUTHENTICATION_FAILURE("REQ.SERVICE_AUTHENTICATION_FAILURE", Category.CONNECTIVITY,
            "The credentials provided by the service broker when connecting to the back-end service are not"
                    + " valid", 500, false),
    REQ_SERVICE_AUTORISATION_FAILURE("REQ.SERVICE_AUTORISATION_FAILURE", Category.CONNECTIVITY,
            "The service broker is not authorized to consume the requested back-end service", 500, false),
    REQ_SCHEMA_VALIDATION_ERROR("REQ.SCHEMA_VALIDATION_ERROR", Category.CONNECTIVITY,
            "The request sent by the client does not conform to the xml schema of the service: schema"
                    + " validation error", 500, false),
    IOSW_XML_THREAT_ERROR("IOSW.XML_THREAT_ERROR", Category.CONNECTIVITY,
            "An xml threat was detected by the technical validation platform: XML threat protection,"
                    + " attacks, XDoS", 0, false),
    MESSAGE_TOO_LARGE("MESSAGE_TOO_LARGE", Category.CONNECTIVITY,
            "The size of the request or response message is too large: XML threat protection, message too"
                    + " large", 0, false),
    REQ_SERVICE_INTERNAL_ERROR("REQ.SERVICE_INTERNAL_ERROR", Category.CONNECTIVITY,
            "The service failed to respond to the request because of an internal error: server internal"
                    + " error", 0, false);

    /** The four tables of the manual's appendix A that technical errors come from. */
    public enum Category {
        /** Table A.2: the ApplicationContext metadata. */
        METADATA("Metadata error"),
        /** Table A.3: subscription, quota and access policy of the mediation platform. */
        POLICY("Policy error"),
        /** Table A.4: the SOAP gateway. */
        GATEWAY("Gateway error"),
        /** Table A.5: connectivity between the client, the platform and the back end. */
        CONNECTIVITY("Connectivity error");

        private final String title;

        Category(String title) {
            this.title = title;
        }

        /** @return the table's title, as a short error name */
        public String title() {
            return title;
        }
    }

    private static final Map<String, GatewayError> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(GatewayError::code, Function.identity()));

    private final String code;
    private final Category category;
    private final String description;
    private final int httpStatus;
    private final boolean retryable;

    GatewayError(String code, Category category, String description, int httpStatus, boolean retryable) {
        this.code = code;
        this.category = category;
        this.description = description;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** @return the code as the gateway sends it, for example {@code MED0006} or {@code REQ.AUTHENTICATION_FAILURE} */
    public String code() {
        return code;
    }

    /** @return the short name of the error: its table's title */
    public String errorName() {
        return category.title();
    }

    /** @return the manual's table this code belongs to */
    public Category category() {
        return category;
    }

    /** @return the manual's description of the error */
    public String description() {
        return description;
    }

    /** @return the input parameter concerned: gateway errors never name one, so always {@code null} */
    public String inputParameter() {
        return null;
    }

    /** @return the HTTP status the manual documents for this error, or 0 when it documents none */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return whether repeating the request may succeed (the platform could not serve it at that moment) */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Looks up a code as the gateway sends it.
     *
     * @param code for example {@code MED0006}; {@code null} gives an empty result
     * @return the catalog entry, or empty when the code is not one of the manual's
     */
    public static Optional<GatewayError> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.trim()));
    }
}
