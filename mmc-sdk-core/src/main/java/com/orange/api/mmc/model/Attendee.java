package com.orange.api.mmc.model;

import java.util.Objects;

/**
 * A person taking part in an audio conference, host or guest: phone number (with its international
 * prefix), first name, last name and mail. Immutable.
 */
public final class Attendee {

    private final String phoneNumber;
    private final String firstName;
    private final String lastName;
    private final String email;

    public Attendee(String phoneNumber, String firstName, String lastName, String email) {
        this.phoneNumber = phoneNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attendee that && Objects.equals(phoneNumber, that.phoneNumber)
                && Objects.equals(firstName, that.firstName) && Objects.equals(lastName, that.lastName)
                && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumber, firstName, lastName, email);
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("Email", email).field("FirstName", firstName).field("LastName", lastName)
                .field("PhoneNumber", phoneNumber).toString();
    }
}
