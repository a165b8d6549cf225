package com.orange.api.mmc.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The parameters of a conference as the service returned them: read-only, in the given order, a repeated key
 * keeping its first place and its last value (as {@link java.util.LinkedHashMap#putAll} does). Keys and values
 * sit side by side in one array: a list answer carries one such map per conference.
 */
final class ServiceParameters extends AbstractMap<String, String> {

    static final ServiceParameters NONE = new ServiceParameters(new String[0], 0);

    /** Key {@code i} at {@code 2 * i}, its value at {@code 2 * i + 1}. */
    private final String[] pairs;
    private final int size;

    private ServiceParameters(String[] pairs, int size) {
        this.pairs = pairs;
        this.size = size;
    }

    /** @return {@code parameters} as a read-only map in their iteration order */
    static ServiceParameters copyOf(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (parameters instanceof ServiceParameters held) {
            return held;
        }
        if (parameters.isEmpty()) {
            return NONE;
        }
        Copy copy = new Copy(parameters.size());
        parameters.forEach(copy);
        return new ServiceParameters(copy.pairs, copy.size);
    }

    @Override
    public String get(Object key) {
        int at = indexOf(pairs, size, key);
        return at < 0 ? null : pairs[at + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(pairs, size, key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < 2 * size; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = 2 * next++;
                        return new SimpleImmutableEntry<>(pairs[at], pairs[at + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** @return the index of {@code key} in {@code pairs}, or -1 */
    private static int indexOf(String[] pairs, int size, Object key) {
        for (int i = 0; i < 2 * size; i += 2) {
            if (Objects.equals(pairs[i], key)) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the pairs of a map through its {@code forEach}, which builds no entry objects. */
    private static final class Copy implements BiConsumer<String, String> {

        private String[] pairs;
        private int size;

        Copy(int expected) {
            pairs = new String[2 * expected];
        }

        @Override
        public void accept(String key, String value) {
            int at = indexOf(pairs, size, key);
            if (at >= 0) {
                pairs[at + 1] = value;
                return;
            }
            if (2 * size == pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(2, 4 * size));
            }
            pairs[2 * size] = key;
            pairs[2 * size + 1] = value;
            size++;
        }
    }
}
