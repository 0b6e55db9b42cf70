package io.liaison.briefingpack.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.liaison.briefingpack.service.BriefingPack;
import io.liaison.briefingpack.service.BriefingPack.StakeholderBrief;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.service.InteractionView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The briefing pack as the printed page shows it: the same pack the JSON answers (so redacted exactly as it is), put
 * into words and dates a reader takes in at a glance. The template (templates/briefing-pack.html) only lays it out.
 */
public record PrintedPack(
        String title,
        String when,
        String where,
        String attendees,
        List<String> warnings,
        String generatedAt,
        List<Person> people) {

    /** One stakeholder in the meeting. */
    public record Person(
            String name,
            String role,
            String organisations,
            String owners,
            String lastSeen,
            String historyNote,
            List<Entry> recent,
            Entry next,
            List<String> followUps,
            List<String> areasDue,
            String plan) {}

    /** An interaction, in a line: when, what, and its summary unless it is withheld from the reader. */
    public record Entry(String when, String what, String summary, boolean withheld) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    static PrintedPack of(BriefingPack pack, ObjectMapper json) {
        InteractionView m = pack.meeting();
        String place = m.location() == null ? null : m.location();
        if (m.onlineMeetingUrl() != null) {
            place = place == null
                    ? "Online: " + m.onlineMeetingUrl()
                    : place + " (and online: " + m.onlineMeetingUrl() + ")";
        }
        return new PrintedPack(
                m.title() == null ? "Meeting with " + names(m.stakeholders(), json) : m.title(),
                DAY_AND_TIME.format(m.startsAt())
                        + (m.endsAt() == null
                                ? ""
                                : " to " + DateTimeFormatter.ofPattern("HH:mm").format(m.endsAt())),
                place == null ? "Place not recorded" : place,
                names(m.attendees(), json),
                messages(m.warnings(), json),
                DAY_AND_TIME.format(pack.generatedAt().atZone(AppClock.LONDON)),
                pack.stakeholders().stream().map(s -> person(s, json)).toList());
    }

    private static Person person(StakeholderBrief b, ObjectMapper json) {
        var s = b.stakeholder();
        String posts = s.currentPosts().stream()
                .map(p -> p.title() + ", " + p.organisation().name())
                .collect(Collectors.joining("; "));
        String role = (posts.isEmpty() ? "No current post" : posts) + (s.party() == null ? "" : " (" + s.party() + ")");
        return new Person(
                s.displayName(),
                role,
                b.organisations().stream()
                        .map(o -> o.name() + ": "
                                + (o.politicalControl() == null ? "control not recorded" : o.politicalControl()))
                        .collect(Collectors.joining("; ")),
                b.owners().isEmpty()
                        ? "No owner in the office"
                        : b.owners().stream()
                                .map(o -> o.teamMemberName() + " (" + o.role() + ")")
                                .collect(Collectors.joining(", ")),
                "Last contact " + day(s.lastContactOn()) + "; last meeting " + day(s.lastMeetingOn())
                        + "; last briefing " + day(s.lastBriefingOn()),
                b.historyNote(),
                b.recentInteractions().stream().map(i -> entry(i, json)).toList(),
                b.nextInteraction() == null ? null : entry(b.nextInteraction(), json),
                b.openFollowUps().stream()
                        .map(f -> f.description() + " (" + f.assigneeName() + ", due " + day(f.dueDate()) + ")")
                        .toList(),
                b.policyAreasDue().stream()
                        .map(c -> c.policyAreaName() + ": "
                                + c.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + (c.nextDue() == null ? "" : ", due " + day(c.nextDue())))
                        .toList(),
                b.plan() == null
                        ? null
                        : b.plan().title()
                                + (b.plan().objectives() == null
                                        ? ""
                                        : ": " + b.plan().objectives()));
    }

    private static Entry entry(InteractionView i, ObjectMapper json) {
        String what = (i.title() == null
                        ? i.type().name().charAt(0)
                                + i.type().name().substring(1).toLowerCase(Locale.ROOT)
                        : i.title())
                + " with " + names(i.stakeholders(), json);
        return new Entry(DAY.format(i.startsAt()), what, i.summary(), i.redacted());
    }

    private static String day(LocalDate day) {
        return day == null ? "never" : DAY.format(day);
    }

    private static String names(RawValue parties, ObjectMapper json) {
        return read(parties, json).stream()
                .map(p -> String.valueOf(p.get("name")))
                .collect(Collectors.joining(", "));
    }

    private static List<String> messages(RawValue warnings, ObjectMapper json) {
        return read(warnings, json).stream()
                .map(w -> String.valueOf(w.get("message")))
                .toList();
    }

    private static List<Map<String, Object>> read(RawValue array, ObjectMapper json) {
        try {
            return json.readValue(String.valueOf(array.rawValue()), new TypeReference<>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored parties are not JSON", e);
        }
    }
}
