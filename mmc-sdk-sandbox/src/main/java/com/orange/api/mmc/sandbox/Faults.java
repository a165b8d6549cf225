package com.orange.api.mmc.sandbox;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.nio.charset.StandardCharsets;

/** Builds the SOAP faults the sandbox answers, worded as the manual words them. */
final class Faults {

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>%s</S:Fault></S:Body>"
            + "</S:Envelope>";

    private Faults() {
    }

    /** @return the declared fault, for an operation to throw */
    static MmcServiceFault of(MmcError error) {
        MmcFault detail = new MmcFault();
        detail.setCode(error.code());
        detail.setMessage(error.description());
        detail.setInputParameter(error.inputParameter());
        return new MmcServiceFault(faultString(error), detail);
    }

    /**
     * @return the fault of a request the gateway refuses before the service reads it (table A.5), in the same
     *         {@code mmcFault} detail as every other fault, for an operation to throw
     */
    static MmcServiceFault of(GatewayError error, String reason) {
        MmcFault detail = new MmcFault();
        detail.setCode(error.code());
        detail.setMessage(error.description() + ": " + reason);
        return new MmcServiceFault(faultString(error, reason), detail);
    }

    /** @return the envelope Metro writes for {@link #of(MmcError)}, for an answer sent without Metro */
    static byte[] envelope(MmcError error) {
        return envelope(error.code(), faultString(error), error.description(), error.inputParameter());
    }

    /** @return the envelope Metro writes for {@link #of(GatewayError, String)}, for an answer sent without Metro */
    static byte[] envelope(GatewayError error, String reason) {
        return envelope(error.code(), faultString(error, reason), error.description() + ": " + reason, null);
    }

    private static byte[] envelope(String code, String faultString, String message, String inputParameter) {
        String detail = "<ns2:mmcFault xmlns:ns2=\"http://api.orange.com/mmc/1\"><ns2:code>" + code
                + "</ns2:code><ns2:message>" + xml(message) + "</ns2:message>"
                + (inputParameter == null ? "" : "<ns2:inputParameter>" + xml(inputParameter) + "</ns2:inputParameter>")
                + "</ns2:mmcFault>";
        return String.format(ENVELOPE, "<faultcode>S:Server</faultcode><faultstring>" + xml(faultString)
                + "</faultstring><detail>" + detail + "</detail>").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the gateway's fault: its code as the faultcode, its table's title and description as the faultstring */
    static byte[] envelope(GatewayError error) {
        return String.format(ENVELOPE, "<faultcode>" + error.code() + "</faultcode><faultstring>" + xml(error.code()
                + " " + error.errorName() + ": " + error.description()) + "</faultstring>").getBytes(StandardCharsets.UTF_8);
    }

    private static String faultString(GatewayError error, String reason) {
        return error.code() + " " + error.errorName() + ": " + error.description() + ": " + reason;
    }

    private static String faultString(MmcError error) {
        return error.code() + " " + error.errorName() + ": " + error.description();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
