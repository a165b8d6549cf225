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

    /** @return the envelope Metro writes for {@link #of(MmcError)}, for an answer sent without Metro */
    static byte[] envelope(MmcError error) {
        String detail = "<ns2:mmcFault xmlns:ns2=\"http://api.orange.com/mmc/1\"><ns2:code>" + error.code()
                + "</ns2:code><ns2:message>" + xml(error.description()) + "</ns2:message>"
                + (error.inputParameter() == null ? "" : "<ns2:inputParameter>" + xml(error.inputParameter())
                        + "</ns2:inputParameter>")
                + "</ns2:mmcFault>";
        return String.format(ENVELOPE, "<faultcode>S:Server</faultcode><faultstring>" + xml(faultString(error))
                + "</faultstring><detail>" + detail + "</detail>").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the gateway's fault: its code as the faultcode, its table's title and description as the faultstring */
    static byte[] envelope(GatewayError error) {
        return String.format(ENVELOPE, "<faultcode>" + error.code() + "</faultcode><faultstring>" + xml(error.code()
                + " " + error.errorName() + ": " + error.description()) + "</faultstring>").getBytes(StandardCharsets.UTF_8);
    }

    private static String faultString(MmcError error) {
        return error.code() + " " + error.errorName() + ": " + error.description();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
