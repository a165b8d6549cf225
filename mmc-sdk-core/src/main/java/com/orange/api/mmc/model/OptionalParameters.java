package com.orange.api.mmc.model;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The optional parameters of a conference info: a modifiable map in insertion order that holds only keys the
 * service can read. Every way of adding an entry ({@code put}, {@code putAll}, {@code putIfAbsent},
 * {@code merge}, {@code compute...}) goes through {@link #put}, which refuses a null key
 * ({@link NullPointerException}) and {@link ConferenceOptionalParameter#UNKNOWN_TO_SDK_VERSION}
 * ({@link IllegalArgumentException}), both naming the parameter, so that such a key fails where it is added,
 * long before any call.
 */
final class OptionalParameters extends AbstractMap<ConferenceOptionalParameter, String> {

    private final Map<ConferenceOptionalParameter, String> entries = new LinkedHashMap<>();

    @Override
    public String put(ConferenceOptionalParameter key, String value) {
        if (key == null) {
            throw new NullPointerException("optional parameter key: null cannot be sent; use a "
                    + "ConferenceOptionalParameter constant");
        }
        if (key == ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("optional parameter key " + key.name() + " cannot be sent: it stands "
                    + "for a key this SDK read from an answer and has no wire spelling; use a known "
                    + "ConferenceOptionalParameter constant");
        }
        return entries.put(key, value);
    }

    @Override
    public String get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public String remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    @Override
    public Set<Map.Entry<ConferenceOptionalParameter, String>> entrySet() {
        return entries.entrySet();
    }
}
