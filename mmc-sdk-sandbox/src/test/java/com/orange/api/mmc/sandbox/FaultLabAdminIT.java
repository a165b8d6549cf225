package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fault lab over HTTP, as the standalone sandbox serves it to a test in another process. */
class FaultLabAdminIT {

    private static MmcSandbox sandbox;
    private static URI admin;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sandbox = MmcSandbox.builder().admin(true).start();
        admin = sandbox.serviceUrl().resolve("/admin/faults");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<String> send(String method, String form, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (sandbox.accessKey() + ":" + sandbox.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRulePostedAsAFormAppliesToTheNextCall() throws Exception {
        HttpResponse<String> added = send("POST", "operation=about&mmcError=MMC_79", true);
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(send("GET", null, true).body()).contains("about x1 mmcError MMC_79");

        try (Mmc mmc = sandbox.newClient()) {
            MmcException refused = catchThrowableOfType(MmcException.class, () -> mmc.about(sandbox.organizer()));
            assertThat(refused.getCode()).isEqualTo("MMC_79");
            assertThat(mmc.about(sandbox.organizer())).isEqualTo("V1.4");
        }
    }

    @Test
    void deleteForgetsEveryRule() throws Exception {
        send("POST", "operation=*&times=5&httpStatus=503", true);

        assertThat(send("DELETE", null, true).statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void theLabNeedsTheAccessKey() throws Exception {
        HttpResponse<String> refused = send("POST", "operation=about&httpStatus=503", false);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void aBadFieldIsNamedInOneLine() throws Exception {
        HttpResponse<String> unknown = send("POST", "operation=bookEverything&httpStatus=503", true);
        HttpResponse<String> noFault = send("POST", "operation=about", true);

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).startsWith("Unknown operation \"bookEverything\"").hasLineCount(1);
        assertThat(noFault.statusCode()).isEqualTo(400);
        assertThat(noFault.body()).contains("mmcError, gatewayError, httpStatus, delay or dropConnectionAfterRequest");
    }

    @Test
    void aSandboxBuiltWithoutTheAdminOptionHasNoLab() throws Exception {
        try (MmcSandbox plain = MmcSandbox.start()) {
            HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(plain.serviceUrl().resolve("/admin/faults")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(404);
        }
    }
}
