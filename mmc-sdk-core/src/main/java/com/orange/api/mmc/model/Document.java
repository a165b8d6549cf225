package com.orange.api.mmc.model;

import java.util.Objects;

/**
 * A document associated with a conference: its name and type, as in the .NET SDK's model. The manual's
 * operations do not carry documents on the wire yet; the class is kept so that code ported from .NET
 * compiles. Immutable.
 */
public final class Document {

    private final String name;
    private final String type;

    public Document(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document that && Objects.equals(name, that.name) && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("Name", name).field("Type", type).toString();
    }
}
