package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.ContextEntry;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.MultimediaConferenceService;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;

/**
 * The generated stub pointed at a sandbox, for the rules the SDK checks itself before sending: through
 * it a test can send what the SDK never would (no header, a three-letter password) and read the fault code
 * the sandbox answers.
 */
final class WirePort {

    private WirePort() {
    }

    static MultimediaConferencePortType of(MmcSandbox sandbox) {
        MultimediaConferenceService service = new MultimediaConferenceService(
                MultimediaConferenceService.class.getResource("/com/orange/api/mmc/wsdl/MultimediaConference.wsdl"),
                new QName("http://api.orange.com/mmc/1", "MultimediaConferenceService"));
        MultimediaConferencePortType port = service.getMultimediaConferencePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, sandbox.serviceUrl().toString());
        context.put(BindingProvider.USERNAME_PROPERTY, sandbox.accessKey());
        context.put(BindingProvider.PASSWORD_PROPERTY, sandbox.accessKeyPassword());
        return port;
    }

    /** An ApplicationContext with the given entries; a null value sends the key without a value. */
    static ApplicationContext context(String... keysAndValues) {
        ApplicationContext context = new ApplicationContext();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            ContextEntry entry = new ContextEntry();
            entry.setKey(keysAndValues[i]);
            entry.setValue(keysAndValues[i + 1]);
            context.getEntry().add(entry);
        }
        return context;
    }

    static ApplicationContext context(MmcSandbox sandbox) {
        return context("Partner_API_Account_ID", sandbox.serviceAccount(), "Partner_API_Account_Pwd",
                sandbox.serviceAccountPassword());
    }

    interface WireCall {
        void run() throws MmcServiceFault;
    }

    /** A ConferenceConnection as a client writes it; a null id is left out. */
    static ConferenceConnection connection(Long id, String password) {
        ConferenceConnection connection = new ConferenceConnection();
        connection.setId(id == null ? null : id.toString());
        connection.setPassword(password);
        return connection;
    }

    /** The wire's parameter list, in the order given. */
    static Parameters parameters(String... keysAndValues) {
        Parameters parameters = new Parameters();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Parameter parameter = new Parameter();
            parameter.setKey(keysAndValues[i]);
            parameter.setValue(keysAndValues[i + 1]);
            parameters.getParameter().add(parameter);
        }
        return parameters;
    }

    /** @return the code of the fault the call ends with; fails when it succeeds */
    static String faultCode(WireCall call) {
        try {
            call.run();
        } catch (MmcServiceFault fault) {
            return fault.getFaultInfo().getCode();
        }
        throw new AssertionError("the sandbox accepted the request");
    }
}
