package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets one call sends (the organizer's two passwords, its access key and service account, and any
 * conference or audio conference password in the request), to mask wherever the SDK prints text that came
 * from the server: a fault string that echoes the request must not carry them into an exception message
 * or a log line. The exception never holds this value: it is passed to the code that prints.
 *
 * <p>Each secret is masked as written and as XML escapes it ({@code &amp;}, {@code &lt;}...), and the access
 * key with its password in the Base64 form of a Basic {@code Authorization} header; longest first, so that
 * a secret containing another is masked whole. A secret of at least {@value #MIN_INSIDE_WORDS} characters
 * is masked wherever it appears; a shorter one only where it stands as a whole word (no letter or digit
 * touches it on either side), so that a one-letter password does not mask that letter in every word.
 * {@link #toString()} shows nothing of them.
 */
public final class CallSecrets {

    /** What replaces a secret. */
    public static final String MASK = "****";
    /** The length from which a secret is masked even inside a longer word. */
    public static final int MIN_INSIDE_WORDS = 4;

    private static final CallSecrets NONE = new CallSecrets(new String[0]);

    /** The secrets as given (nulls and empty ones included), until {@link #forms()} needs their forms. */
    private final String[] secrets;
    /** The forms to mask, longest first: worked out on the first mask, since most calls never print server text. */
    private List<Pattern> forms;

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
        String[] secrets = new String[5 + conferencePasswords.length];
        secrets[0] = credentials.accessKey();
        secrets[1] = credentials.accessKeyPassword();
        secrets[2] = credentials.serviceAccount();
        secrets[3] = credentials.serviceAccountPassword();
        secrets[4] = Base64.getEncoder().encodeToString((credentials.accessKey() + ":" + credentials.accessKeyPassword())
                .getBytes(StandardCharsets.UTF_8));
        System.arraycopy(conferencePasswords, 0, secrets, 5, conferencePasswords.length);
        return new CallSecrets(secrets);
    }

    /**
     * @return a pattern per secret as written and XML-escaped, longest first; an immutable list, the same on
     *         every thread
     */
    private List<Pattern> forms() {
        List<Pattern> known = forms;
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
            List<Pattern> patterns = new ArrayList<>(all.size());
            for (String form : all) {
                patterns.add(form.length() >= MIN_INSIDE_WORDS ? Pattern.compile(Pattern.quote(form))
                        : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])"));
            }
            known = List.copyOf(patterns);
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
        for (Pattern form : forms()) {
            masked = form.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
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
