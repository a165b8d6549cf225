package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} form of what a command prints, for scripts: one JSON value on one line. Passwords are
 * left out, as in the text form.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(toJsonValue(value), out);
        return out.toString();
    }

    private static Object toJsonValue(Object value) {
        if (value instanceof Conference conference) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", conference.getClass().getSimpleName());
            json.put("identifier", conference.getIdentifier());
            json.put("url", conference.getUrl());
            json.put("accessCode", conference.getAccessCode());
            json.put("hostFirstName", conference.getHostFirstName());
            json.put("hostLastName", conference.getHostLastName());
            json.put("hostLogin", conference.getHostLogin());
            json.put("name", conference.getName());
            json.put("origin", conference.getOrigin());
            json.put("startDate", conference.getStartDate());
            json.put("endDate", conference instanceof ScheduledConference s ? s.getEndDate() : null);
            json.put("state", conference.getStateValue());
            json.put("type", conference.getTypeValue());
            json.put("parameters", conference.getParameters());
            return json;
        }
        if (value instanceof AudioConference audio) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", audio.getClass().getSimpleName());
            json.put("identifier", audio.getIdentifier());
            json.put("url", audio.getUrl());
            json.put("parameters", audio.getParameters());
            return json;
        }
        if (value instanceof Participant participant) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("identifier", participant.getIdentifier());
            json.put("cultureName", participant.getCultureNameValue());
            json.put("conferenceUrl", participant.getConferenceUrl());
            return json;
        }
        if (value instanceof LicenceUsage usage) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("maxConcurrentConnections", usage.getMaxConcurrentConnections());
            json.put("subscribedLicencesCount", usage.getSubscribedLicencesCount());
            json.put("usageRate", usage.getUsageRate());
            return json;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonOutput::toJsonValue).toList();
        }
        return value;
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(toJsonValue(entry.getValue()), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value);
        } else if (value instanceof OffsetDateTime date) {
            string(date.toString(), out);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
