package com.orange.api.mmc.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes model objects in the manual's printed layout:
 * <pre>
 * [ScheduledConference]
 *   Identifier = '37893'
 *   Password = '****'
 *   [Parameter]
 *     Key = 'audioRoomNumber'
 *     Value = '775104'
 * </pre>
 * Dates print as {@code dd/MM/yyyy HH:mm:ss}, absent values as {@code 'null'}, secrets as {@code '****'}.
 */
final class ModelFormat {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String MASK = "****";

    private final StringBuilder out = new StringBuilder(256);

    private ModelFormat(String type) {
        out.append('[').append(type).append(']');
    }

    static ModelFormat of(Object model) {
        return new ModelFormat(model.getClass().getSimpleName());
    }

    ModelFormat field(String name, Object value) {
        out.append("\n  ").append(name).append(" = '").append(value).append('\'');
        return this;
    }

    ModelFormat secret(String name, String value) {
        return field(name, value == null ? null : MASK);
    }

    ModelFormat date(String name, OffsetDateTime value) {
        return field(name, value == null ? null : DATE.format(value));
    }

    ModelFormat parameters(Map<?, String> parameters) {
        parameters.forEach((key, value) -> out.append("\n  [Parameter]\n    Key = '").append(key)
                .append("'\n    Value = '").append(value).append('\''));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
