package com.orange.api.common.internal;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.OrangeApiUser;

import java.util.Objects;
import java.util.function.Function;

/**
 * How a product SDK reads a user's credentials for a call: a consistent, checked snapshot that
 * {@link OrangeApiUser} does not offer as public API.
 */
public final class UserCredentials {

    private static volatile Function<OrangeApiUser, ApiCredentials> access;

    private UserCredentials() {
    }

    /** Called once by {@link OrangeApiUser} when its class is initialised. */
    public static void register(Function<OrangeApiUser, ApiCredentials> reader) {
        if (access != null) {
            throw new IllegalStateException("The credentials reader is already registered");
        }
        access = Objects.requireNonNull(reader, "reader");
    }

    /**
     * @return the user's four credentials
     * @throws com.orange.api.common.ConfigurationException naming the first credential that is not set
     */
    public static ApiCredentials of(OrangeApiUser user) {
        return access.apply(Objects.requireNonNull(user, "user"));
    }
}
