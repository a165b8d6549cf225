package com.orange.api.mmc.internal.transport;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.Codecs;
import com.sun.xml.ws.api.pipe.ContentType;
import com.sun.xml.ws.api.pipe.StreamSOAPCodec;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.ws.WebServiceException;

/**
 * The last tube of an SDK port's chain: sends the encoded envelope with the client's {@link HttpTransport}
 * and decodes the answer from the connection as it arrives. Only the SDK's own port gets it (see
 * {@link SdkContainer}): other JAX-WS clients in the JVM keep Metro's transport.
 *
 * <p>As SOAP 1.1 over HTTP says, 200, 202 and a 500 carrying a SOAP fault ({@code text/xml}) are answers;
 * any other status, an empty 500, and a 5xx of any other content type fail with their status. A 200 or 202
 * that is not {@code text/xml} (an MTOM {@code multipart/related} message, JSON, plain text) is an answer
 * the SDK cannot read, reported with its status. An answer that declares a DTD is refused before any parser
 * sees it. A SOAP 1.1 envelope in UTF-8 is parsed by the SDK's own {@link AnswerParser}; one in another
 * charset goes to Metro's codec.
 */
final class SdkTransportTube extends AbstractTubeImpl {

    private final Codec codec;
    /** Builds the message from an envelope the SDK's parser reads. */
    private final StreamSOAPCodec envelopes = Codecs.createSOAPEnvelopeXmlCodec(SOAPVersion.SOAP_11);
    private final HttpTransport transport;

    SdkTransportTube(Codec codec, HttpTransport transport) {
        this.codec = codec;
        this.transport = transport;
    }

    private SdkTransportTube(SdkTransportTube that, TubeCloner cloner) {
        this(that.codec.copy(), that.transport);
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
        CallObservers.Call call = CallObservers.Call.onThisThread();
        try {
            ByteArrayOutputStream envelope = new ByteArrayOutputStream(1024);
            ContentType contentType = codec.encode(request, envelope);
            String soapAction = contentType.getSOAPActionHeader() != null ? contentType.getSOAPActionHeader()
                    : "\"" + (request.soapAction == null ? "" : request.soapAction) + "\"";
            HttpExchange exchange = transport.post(request.endpointAddress.getURI(), envelope.toByteArray(),
                    contentType.getContentType(), soapAction, contentType.getAcceptHeader(), call);
            return decode(request, exchange);
        } catch (IOException e) {
            call.endExchange(false);
            throw new WebServiceException(e);
        } catch (RuntimeException e) {
            call.endExchange(false);
            throw e;
        }
    }

    private Packet decode(Packet request, HttpExchange exchange) throws IOException {
        int status = exchange.status();
        AnswerBody body = exchange.body();
        boolean soapStatus = status == 200 || status == 202 || status == 500;
        String contentType = exchange.contentType();
        boolean soapType = contentType != null && AnswerParser.isSoap11(contentType);
        if (!soapStatus || (status == 500 && (body.isEmpty() || !soapType))) {
            throw new TransportFailures.HttpStatus(status, contentType, exchange.header("Location"),
                    status == 503 ? RetryAfter.parse(exchange.header("Retry-After")) : null);
        }
        if (!soapType && !(status == 202 && body.isEmpty())) {
            throw new TransportFailures.UnreadableAnswer(status, contentType);
        }
        if (body.declaresDtd()) {
            throw new TransportFailures.UnsafeResponse(status);
        }
        Packet reply = request.createClientResponse(null);
        if (!body.isEmpty()) {
            String charset = AnswerParser.plainSoapCharset(contentType);
            if (charset == null) {
                codec.decode(body, contentType, reply);
            } else {
                try {
                    reply.setMessage(envelopes.decode(AnswerParser.open(body, charset)));
                } catch (XMLStreamException e) {
                    throw new WebServiceException(e);
                }
            }
        }
        return reply;
    }

    @Override
    public void preDestroy() {
        // Nothing held: the client's HttpTransport outlives its port's tube lines.
    }

    @Override
    public SdkTransportTube copy(TubeCloner cloner) {
        return new SdkTransportTube(this, cloner);
    }
}
