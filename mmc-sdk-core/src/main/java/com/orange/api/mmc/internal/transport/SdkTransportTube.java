package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

import com.sun.xml.ws.api.WSBinding;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.ContentType;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import com.sun.xml.ws.transport.http.client.HttpTransportPipe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.xml.ws.WebServiceException;

/**
 * The last tube of a port's chain: sends the encoded envelope with the client's {@link HttpTransport} and
 * decodes the answer from the connection as it arrives (Metro reads the body lazily, after this tube
 * returns, so the call's {@link Answer.Holder} ends the exchange when the call is over). A port that
 * carries no SDK transport in its request context (a plain generated stub, as the sandbox's own tests use)
 * goes through Metro's usual HTTP transport instead.
 *
 * <p>As SOAP 1.1 over HTTP says, 200, 202 and a 500 carrying a SOAP fault are answers; anything else (an
 * error status, an empty 500, an HTML page) fails with the status. An answer that declares a DTD is
 * refused before any parser sees it.
 */
final class SdkTransportTube extends AbstractTubeImpl {

    private final Codec codec;
    private final WSBinding binding;
    private HttpTransportPipe metroTransport;

    SdkTransportTube(Codec codec, WSBinding binding) {
        this.codec = codec;
        this.binding = binding;
    }

    private SdkTransportTube(SdkTransportTube that, TubeCloner cloner) {
        this(that.codec.copy(), that.binding);
        cloner.add(that, this);
    }

    @Override
    public NextAction processRequest(Packet request) {
        return doReturnWith(process(request));
    }

    @Override
    public NextAction processResponse(Packet response) {
        return doReturnWith(response);
    }

    @Override
    public NextAction processException(Throwable failure) {
        return doThrow(failure);
    }

    @Override
    public Packet process(Packet request) {
        Object transport = request.invocationProperties.get(HttpTransport.TRANSPORT_KEY);
        if (!(transport instanceof HttpTransport http)) {
            return metroTransport().process(request);
        }
        Answer answer = null;
        try {
            ByteArrayOutputStream envelope = new ByteArrayOutputStream(1024);
            ContentType contentType = codec.encode(request, envelope);
            String soapAction = contentType.getSOAPActionHeader() != null ? contentType.getSOAPActionHeader()
                    : "\"" + (request.soapAction == null ? "" : request.soapAction) + "\"";
            answer = http.post(request.endpointAddress.getURI(), envelope.toByteArray(),
                    contentType.getContentType(), soapAction, contentType.getAcceptHeader(),
                    (ApiCredentials) request.invocationProperties.get(HttpTransport.CREDENTIALS_KEY));
            // Metro reads the body after this tube returns: the call's holder closes the answer at its end.
            ((Answer.Holder) request.invocationProperties.get(HttpTransport.ANSWER_KEY)).hold(answer);
            return decode(request, answer);
        } catch (IOException | RuntimeException e) {
            if (answer != null) {
                answer.end(false);
            }
            throw e instanceof RuntimeException runtime ? runtime : new WebServiceException(e);
        }
    }

    private Packet decode(Packet request, Answer answer) throws IOException {
        int status = answer.status();
        boolean soapStatus = status == 200 || status == 202 || status == 500;
        String contentType = answer.contentType();
        if (!soapStatus || (status == 500 && answer.isEmpty()) || contentType == null || contentType.contains("text/html")) {
            throw new TransportFailures.HttpStatus(status, contentType);
        }
        if (answer.declaresDtd()) {
            throw new TransportFailures.UnsafeResponse(status);
        }
        Packet reply = request.createClientResponse(null);
        if (!answer.isEmpty()) {
            codec.decode(answer, contentType, reply);
        }
        return reply;
    }

    private synchronized HttpTransportPipe metroTransport() {
        if (metroTransport == null) {
            metroTransport = new HttpTransportPipe(codec, binding);
        }
        return metroTransport;
    }

    @Override
    public void preDestroy() {
        // Nothing held: the client's HttpTransport outlives its ports.
    }

    @Override
    public SdkTransportTube copy(TubeCloner cloner) {
        return new SdkTransportTube(this, cloner);
    }
}
