package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The secrets one call sends (the organizer's two passwords, its access key and service account, and any
 * conference or audio conference password in the request), to mask wherever the SDK prints text that came
 * from the server: a fault string that echoes the request must not carry them into an exception message
 * or a log line. The exception never holds this value: it is passed to the code that prints.
 *
 * <p>Each secret is masked as written and as XML escapes it ({@code &amp;}, {@code &lt;}...), longest first
 * so that a secret containing another is masked whole. {@link #toString()} shows nothing of them.
 */
public final class CallSecrets {

    /** What replaces a secret. */
    public static final String MASK = "****";

    private static final CallSecrets NONE = new CallSecrets(new String[0]);

    /** The secrets as given (nulls and empty ones included), until {@link #forms()} needs their forms. */
    private final String[] secrets;
    /** The forms to mask, longest first: worked out on the first mask, since most calls never print server text. */
    private List<String> forms;

    private CallSecrets(String[] secrets) {
        this.secrets = secrets;
    }

    /** @return no secret: {@link #mask(String)} returns its argument */
    public static CallSecrets none() {
        return NONE;
    }

    /**
     * @param credentials        the organizer's four credentials
     * @param conferencePasswords the conference passwords the request carries; nulls are skipped
     */
    public static CallSecrets of(ApiCredentials credentials, String... conferencePasswords) {
        String[] secrets = new String[4 + conferencePasswords.length];
        secrets[0] = credentials.accessKey();
        secrets[1] = credentials.accessKeyPassword();
        secrets[2] = credentials.serviceAccount();
        secrets[3] = credentials.serviceAccountPassword();
        System.arraycopy(conferencePasswords, 0, secrets, 4, conferencePasswords.length);
        return new CallSecrets(secrets);
    }

    /** @return each secret as written and XML-escaped, longest first; an immutable list, the same on every thread */
    private List<String> forms() {
        List<String> known = forms;
        if (known == null) {
            List<String> all = new ArrayList<>();
            for (String secret : secrets) {
                if (secret != null && !secret.isEmpty()) {
                    all.add(secret);
                    String escaped = escape(secret);
                    if (!escaped.equals(secret)) {
                        all.add(escaped);
                    }
                }
            }
            all.sort(Comparator.comparingInt(String::length).reversed());
            known = List.copyOf(all);
            forms = known;
        }
        return known;
    }

    /** @return {@code text} with every occurrence of every secret replaced by {@value #MASK}; null for null */
    public String mask(String text) {
        if (text == null || secrets.length == 0) {
            return text;
        }
        String masked = text;
        for (String form : forms()) {
            masked = masked.replace(form, MASK);
        }
        return masked;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    @Override
    public String toString() {
        return "CallSecrets[" + forms().size() + " forms, masked]";
    }
}
