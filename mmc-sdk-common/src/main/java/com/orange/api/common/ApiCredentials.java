package com.orange.api.common;

/**
 * A consistent snapshot of an API user's four credentials, taken at the start of a call so that a call in
 * flight never mixes the values of two users or sees a setter run on another thread. {@link #toString()}
 * masks both passwords.
 *
 * @param accessKey              HTTP basic authentication user
 * @param accessKeyPassword      HTTP basic authentication password
 * @param serviceAccount         {@code Partner_API_Account_ID} of the ApplicationContext header
 * @param serviceAccountPassword {@code Partner_API_Account_Pwd} of the ApplicationContext header
 */
public record ApiCredentials(String accessKey, String accessKeyPassword, String serviceAccount,
        String serviceAccountPassword) {

    @Override
    public String toString() {
        return "ApiCredentials[accessKey=" + accessKey + ", accessKeyPassword=****, serviceAccount=" + serviceAccount
                + ", serviceAccountPassword=****]";
    }
}
