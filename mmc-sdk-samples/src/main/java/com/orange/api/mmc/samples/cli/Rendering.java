package com.orange.api.mmc.samples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledConference;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a command prints, in each {@link OutputFormat}: the text layout of the manual, one line of JSON
 * (through Jackson), or CSV with a header ({@link Csv}). Passwords are never part of any form.
 */
final class Rendering {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Rendering() {
    }

    /** @return {@code value} as one line of JSON */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return {@code value} as CSV: a header line and one line per record (a list gives one per element);
     *         a plain value (a message, a version) is one field without a header
     */
    static String csv(Object value) {
        Object plain = plain(value);
        List<?> records = plain instanceof List<?> list ? list : List.of(plain);
        if (records.stream().noneMatch(Map.class::isInstance)) {
            return records.stream().map(record -> Csv.line(List.of(field(record))))
                    .collect(Collectors.joining(System.lineSeparator()));
        }
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(record -> columns.addAll(((Map<?, ?>) record).keySet().stream().map(String::valueOf).toList()));
        List<String> lines = new ArrayList<>();
        lines.add(Csv.line(List.copyOf(columns)));
        for (Object record : records) {
            Map<?, ?> map = (Map<?, ?>) record;
            lines.add(Csv.line(columns.stream().map(column -> field(map.get(column))).toList()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** @return the text of one CSV field: empty for {@code null}, JSON for a nested map or list */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? json(value) : String.valueOf(value);
    }

    /** The model objects as ordered maps of plain values (strings, numbers, booleans, lists, maps). */
    static Object plain(Object value) {
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
            json.put("startDate", plain(conference.getStartDate()));
            json.put("endDate", conference instanceof ScheduledConference s ? plain(s.getEndDate()) : null);
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
            json.put("usageRate", plain(usage.getUsageRate()));
            return json;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof OffsetDateTime date) {
            return date.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Rendering::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((key, entry) -> json.put(String.valueOf(key), plain(entry)));
            return json;
        }
        return value;
    }
}
