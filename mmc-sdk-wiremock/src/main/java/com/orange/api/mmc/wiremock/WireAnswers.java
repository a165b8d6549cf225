package com.orange.api.mmc.wiremock;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.internal.mapping.WireDates;
import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.ObjectFactory;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * What a stub answers, written with the SDK's own generated types and XML binding, so that the SDK reads
 * exactly the values given: the model becomes the wire types here (the answer direction, which the SDK
 * itself never writes), dates through core's {@link WireDates}; MMC errors as the service's declared fault;
 * gateway errors as the gateway's SOAP fault, with the status the manual gives.
 */
final class WireAnswers {

    static final String SOAP_CONTENT_TYPE = "text/xml; charset=utf-8";

    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\""
            + Matchers.SOAP_NS + "\"><S:Body>";
    private static final String ENVELOPE_END = "</S:Body></S:Envelope>";
    private static final ObjectFactory FACTORY = new ObjectFactory();

    private WireAnswers() {
    }

    /** An HTTP answer: status, content type (null for none) and body (empty for none). */
    record Answer(int status, String contentType, String body) {
    }

    /** @return a 200 answer whose body holds {@code wrapper}, a generated response element */
    static Answer success(Object wrapper) {
        return new Answer(200, SOAP_CONTENT_TYPE, ENVELOPE_START + marshal(wrapper) + ENVELOPE_END);
    }

    /** @return the service's declared fault for {@code error}, as Metro writes it (HTTP 500) */
    static Answer fault(MmcError error) {
        Objects.requireNonNull(error, "error");
        MmcFault detail = new MmcFault();
        detail.setCode(error.code());
        detail.setMessage(error.description());
        detail.setInputParameter(error.inputParameter());
        return soapFault(500, "S:Server", error.code() + " " + error.errorName() + ": " + error.description(),
                "<detail>" + marshal(FACTORY.createMmcFault(detail)) + "</detail>");
    }

    /**
     * @return the gateway's SOAP fault for {@code error}: its code as the faultcode, with the HTTP status the
     *         manual documents (500 when it documents none; a 401 the SDK reads as the status alone)
     */
    static Answer fault(GatewayError error) {
        Objects.requireNonNull(error, "error");
        return soapFault(error.httpStatus() == 0 ? 500 : error.httpStatus(), error.code(),
                error.code() + " " + error.errorName() + ": " + error.description(), "");
    }

    /** @return a SOAP 1.1 fault: {@code faultString} escaped, {@code detail} already XML (empty for none) */
    private static Answer soapFault(int status, String faultCode, String faultString, String detail) {
        return new Answer(status, SOAP_CONTENT_TYPE, ENVELOPE_START + "<S:Fault><faultcode>" + faultCode
                + "</faultcode><faultstring>" + xml(faultString) + "</faultstring>" + detail + "</S:Fault>"
                + ENVELOPE_END);
    }

    /** @return an HTTP status alone: no body, so no SOAP (the SDK reads an empty 500 as the status too) */
    static Answer httpStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status (100 to 599), not " + status);
        }
        return new Answer(status, null, "");
    }

    /**
     * @param typeFromClass whether a conference without a type gets its class's ({@code Scheduled} or
     *                      {@code Instantaneous}): details and lists choose the SDK's class by it
     */
    static com.orange.api.mmc.webservice.Conference conference(Conference model, boolean typeFromClass) {
        Objects.requireNonNull(model, "conference");
        com.orange.api.mmc.webservice.Conference wire = new com.orange.api.mmc.webservice.Conference();
        wire.setId(Long.toString(model.getIdentifier()));
        wire.setPassword(model.getPassword());
        wire.setUrl(model.getUrl());
        wire.setAccessCode(model.getAccessCode());
        wire.setHostFirstName(model.getHostFirstName());
        wire.setHostLastName(model.getHostLastName());
        wire.setHostLogin(model.getHostLogin());
        wire.setName(model.getName());
        wire.setOrigin(model.getOrigin());
        wire.setStartDateTime(WireDates.toWire(model.getStartDate(), "conference.startDate"));
        if (model instanceof ScheduledConference scheduled) {
            wire.setEndDateTime(WireDates.toWire(scheduled.getEndDate(), "conference.endDate"));
        }
        wire.setState(model.getStateValue());
        String type = model.getTypeValue();
        if (type == null && typeFromClass) {
            type = model instanceof ScheduledConference ? "Scheduled" : "Instantaneous";
        }
        wire.setType(type);
        wire.setParameters(parameters(model.getParameters()));
        return wire;
    }

    static com.orange.api.mmc.webservice.AudioConference audioConference(AudioConference model) {
        Objects.requireNonNull(model, "audioConference");
        com.orange.api.mmc.webservice.AudioConference wire = new com.orange.api.mmc.webservice.AudioConference();
        wire.setId(Long.toString(model.getIdentifier()));
        wire.setPassword(model.getPassword());
        wire.setUrl(model.getUrl());
        wire.setParameters(parameters(model.getParameters()));
        return wire;
    }

    static com.orange.api.mmc.webservice.Participant participant(Participant model) {
        Objects.requireNonNull(model, "participant");
        com.orange.api.mmc.webservice.Participant wire = new com.orange.api.mmc.webservice.Participant();
        wire.setId(Long.toString(model.getIdentifier()));
        wire.setCultureName(model.getCultureNameValue());
        wire.setConferenceUrl(model.getConferenceUrl());
        return wire;
    }

    static com.orange.api.mmc.webservice.LicenceUsage licenceUsage(LicenceUsage model) {
        Objects.requireNonNull(model, "licenceUsage");
        com.orange.api.mmc.webservice.LicenceUsage wire = new com.orange.api.mmc.webservice.LicenceUsage();
        wire.setMaxConcurrentConnections(Integer.toString(model.getMaxConcurrentConnections()));
        wire.setSubscribedLicencesCount(Integer.toString(model.getSubscribedLicencesCount()));
        wire.setUsageRate(Objects.requireNonNull(model.getUsageRate(), "licenceUsage.usageRate").toPlainString());
        return wire;
    }

    private static Parameters parameters(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        Parameters parameters = new Parameters();
        values.forEach((key, value) -> {
            Parameter parameter = new Parameter();
            parameter.setKey(key);
            parameter.setValue(value);
            parameters.getParameter().add(parameter);
        });
        return parameters;
    }

    private static String marshal(Object element) {
        try {
            Marshaller marshaller = Binding.CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter out = new StringWriter();
            marshaller.marshal(element, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the stub's answer with the SDK's generated types", e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The binding context of the generated types, made on first use. */
    private static final class Binding {
        static final JAXBContext CONTEXT = context();

        private static JAXBContext context() {
            try {
                return JAXBContext.newInstance(ObjectFactory.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot load the SDK's generated types", e);
            }
        }
    }
}
