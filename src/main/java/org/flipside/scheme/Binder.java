package org.flipside.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flipside.diagnostic.Location;
import org.flipside.model.*;
import org.flipside.scheme.Value.ListValue;
import org.flipside.scheme.Value.MapValue;
import org.flipside.scheme.Value.ScalarValue;

/**
 * Turns the checked, merged values into the immutable {@link Scheme}. Tolerant by design: a value that
 * failed its check is absent here and bound as null, zero or an empty list, so that the cross-reference
 * checks can still run and report everything in one go. Only a scheme without errors leaves the loader.
 */
final class Binder {

    /** Used when {@code organisation.colours} leaves a colour out; both pass WCAG AA on white. */
    static final String DEFAULT_PRIMARY = "#1d3557";
    static final String DEFAULT_ACCENT = "#a63d1f";

    private Binder() {}

    static Scheme bind(MapValue root, SourceMap sources) {
        MapValue org = orEmpty(root.map("organisation"));
        MapValue details = orEmpty(root.map("scheme"));
        return new Scheme(
                intOr(root.scalar("version"), 1),
                organisation(org),
                new SchemeDetails(details.string("name"),
                        enumOr(SchemeModel.class, details.string("model"), SchemeModel.REVERSE),
                        details.string("cohort"), date(details.scalar("start")), details.string("summary")),
                purpose(orEmpty(root.map("purpose"))),
                voices(orEmpty(root.map("voices"))),
                people(orEmpty(root.map("people"))),
                recruitment(root.map("recruitment")),
                matching(orEmpty(root.map("matching"))),
                timeline(orEmpty(root.map("timeline"))),
                meetings(orEmpty(root.map("meetings"))),
                list(root.list("themes"), Binder::theme),
                agreement(orEmpty(root.map("agreement"))),
                diary(orEmpty(root.map("diary"))),
                support(orEmpty(root.map("support"))),
                new Community(list(orEmpty(root.map("community")).list("events"), v -> {
                    MapValue e = (MapValue) v;
                    return new Community.Event(e.string("title"), date(e.scalar("date")), e.string("after"),
                            (Integer) e.scalar("every_weeks"), stringOr(e.string("audience"), "all"));
                })),
                evaluation(orEmpty(root.map("evaluation"))),
                nextSteps(orEmpty(root.map("next_steps"))),
                privacy(orEmpty(root.map("privacy"))),
                handbook(orEmpty(root.map("handbook"))),
                sources);
    }

    private static Organisation organisation(MapValue org) {
        MapValue colours = orEmpty(org.map("colours"));
        MapValue contact = org.map("contact");
        return new Organisation(org.string("name"), org.string("short_name"),
                enumOr(OrganisationType.class, org.string("type"), OrganisationType.OTHER), org.string("logo"),
                new Organisation.Colours(stringOr(colours.string("primary"), DEFAULT_PRIMARY),
                        stringOr(colours.string("accent"), DEFAULT_ACCENT)),
                stringOr(org.string("language"), "en-GB"),
                contact == null ? new Organisation.Contact(null, null)
                        : new Organisation.Contact(contact.string("email"), contact.string("intranet")));
    }

    private static Purpose purpose(MapValue p) {
        return new Purpose(p.string("problem"), strings(p.list("aims")),
                list(p.list("objectives"), v -> {
                    MapValue o = (MapValue) v;
                    return new Purpose.Objective(o.string("id"), o.string("text"), strings(o.list("measures")));
                }),
                strings(p.list("strategy_links")), strings(p.list("out_of_scope")));
    }

    private static Voices voices(MapValue v) {
        return new Voices(
                list(v.list("consultations"), c -> {
                    MapValue m = (MapValue) c;
                    return new Voices.Consultation(enumOr(ConsultationMethod.class, m.string("method"),
                            ConsultationMethod.OTHER), strings(m.list("with")), date(m.scalar("date")),
                            m.string("summary"));
                }),
                list(v.list("steering_group"), s -> {
                    MapValue m = (MapValue) s;
                    return new Voices.SteeringMember(m.string("role"), m.string("represents"));
                }));
    }

    private static People people(MapValue p) {
        MapValue buddies = orEmpty(p.map("buddies"));
        return new People(person(p.map("scheme_lead")), person(p.map("sponsor")), group(p.map("mentors")),
                group(p.map("mentees")),
                new People.Buddies(enumOr(BuddyModel.class, buddies.string("model"), BuddyModel.PER_PAIR),
                        buddies.string("description"), strings(buddies.list("remit"))),
                list(p.list("partners"), v -> {
                    MapValue m = (MapValue) v;
                    return new People.Partner(m.string("name"), m.string("type"), m.string("role"));
                }));
    }

    private static People.Person person(MapValue m) {
        return m == null ? null : new People.Person(m.string("name"), m.string("role"), m.string("email"));
    }

    private static People.ParticipantGroup group(MapValue m) {
        MapValue g = orEmpty(m);
        MapValue c = g.map("commitment");
        return new People.ParticipantGroup(g.string("description"), strings(g.list("eligibility")),
                strings(g.list("expectations")), c == null ? null
                        : new People.Commitment((Integer) c.scalar("hours_per_month"), (Integer) c.scalar("months")));
    }

    private static Recruitment recruitment(MapValue r) {
        if (r == null) return null;
        return new Recruitment(date(r.scalar("opens")), date(r.scalar("closes")), strings(r.list("channels")));
    }

    private static Matching matching(MapValue m) {
        return new Matching(enumOr(MatchingApproach.class, m.string("approach"), MatchingApproach.HYBRID),
                m.string("matcher"),
                list(m.list("rules"), v -> {
                    MapValue r = (MapValue) v;
                    String never = r.string("never");
                    String prefer = r.string("prefer");
                    RuleKind kind = never != null ? RuleKind.valueOf("NEVER_" + never.toUpperCase(java.util.Locale.ROOT))
                            : prefer != null ? RuleKind.valueOf("PREFER_" + prefer.toUpperCase(java.util.Locale.ROOT)) : null;
                    return new Matching.Rule(kind, r.string("question"), intOr(r.scalar("weight"), 1),
                            Boolean.TRUE.equals(r.scalar("required")));
                }),
                intOr(m.scalar("capacity"), 1),
                list(m.list("questions"), v -> {
                    MapValue q = (MapValue) v;
                    return new Matching.Question(q.string("id"), q.string("text"),
                            enumOr(QuestionType.class, q.string("type"), null), strings(q.list("options")),
                            enumOr(Audience.class, q.string("audience"), Audience.BOTH),
                            Boolean.TRUE.equals(q.scalar("required")), Boolean.TRUE.equals(q.scalar("sensitive")));
                }));
    }

    private static Timeline timeline(MapValue t) {
        return new Timeline(
                list(t.list("phases"), v -> {
                    MapValue p = (MapValue) v;
                    Value.Weeks weeks = p.scalar("weeks") instanceof Value.Weeks w ? w : new Value.Weeks(0, 0);
                    return new Timeline.Phase(p.string("id"), p.string("title"), weeks.min(), weeks.max(),
                            date(p.scalar("start")));
                }),
                list(t.list("milestones"), v -> {
                    MapValue m = (MapValue) v;
                    return new Timeline.Milestone(m.string("id"), m.string("title"), date(m.scalar("date")),
                            m.string("after"), intOr(m.scalar("offset_weeks"), 0));
                }));
    }

    private static Meetings meetings(MapValue m) {
        return new Meetings(intOr(m.scalar("count"), 0), intOr(m.scalar("every_weeks"), 0),
                intOr(m.scalar("minutes"), 0),
                list(m.list("formats"), v -> enumOr(MeetingFormat.class, (String) ((ScalarValue) v).value(), null)),
                m.string("venue"),
                enumOr(Party.class, m.string("first_contact"), Party.MENTEE),
                enumOr(AgendaOwner.class, m.string("agenda_owner"), AgendaOwner.MENTOR));
    }

    private static Theme theme(Value v) {
        MapValue t = (MapValue) v;
        MapValue p = orEmpty(t.map("prompts"));
        return new Theme(t.string("id"), t.string("title"), (Integer) t.scalar("meeting"), t.string("summary"),
                t.string("before"), new Theme.Prompts(strings(p.list("mentor")), strings(p.list("mentee")),
                strings(p.list("both"))));
    }

    private static Agreement agreement(MapValue a) {
        return new Agreement(
                list(a.list("clauses"), v -> {
                    MapValue c = (MapValue) v;
                    String id = c.string("id");
                    return new Agreement.Clause(id, c.string("title"), c.string("text"),
                            Defaults.SAFEGUARDING.contains(id));
                }),
                strings(a.list("signatories")));
    }

    private static Diary diary(MapValue d) {
        List<Diary.Checkpoint> checkpoints = new ArrayList<>();
        MapValue c = orEmpty(d.map("checkpoints"));
        c.entries().forEach((id, prompts) -> checkpoints.add(new Diary.Checkpoint(id,
                prompts instanceof ListValue l ? strings(l.items()) : List.of())));
        return new Diary(strings(d.list("prompts")), List.copyOf(checkpoints));
    }

    private static Support support(MapValue s) {
        return new Support(
                list(s.list("signposting"), v -> {
                    MapValue m = (MapValue) v;
                    return new Support.Signpost(m.string("name"), m.string("description"), m.string("phone"),
                            m.string("email"), m.string("url"), date(m.scalar("checked")));
                }),
                list(s.list("escalation"), v -> {
                    MapValue m = (MapValue) v;
                    return new Support.EscalationRoute(m.string("concern"), m.string("contact"));
                }));
    }

    private static Evaluation evaluation(MapValue e) {
        MapValue r = orEmpty(e.map("reporting"));
        return new Evaluation(stringOr(e.string("framework"), "kirkpatrick"),
                list(e.list("measures"), v -> {
                    MapValue m = (MapValue) v;
                    return new Evaluation.Measure(m.string("id"), m.string("title"),
                            enumOr(MeasureLevel.class, m.string("level"), null),
                            enumOr(Instrument.class, m.string("instrument"), null),
                            list(m.list("when"), w -> enumOr(Moment.class, (String) ((ScalarValue) w).value(), null)),
                            strings(m.list("items")));
                }),
                new Evaluation.Reporting(intOr(r.scalar("min_group_size"), 5), strings(r.list("audience"))));
    }

    private static NextSteps nextSteps(MapValue n) {
        return new NextSteps(date(n.scalar("feedback_session")), strings(n.list("actions")),
                strings(n.list("continuation")));
    }

    private static Privacy privacy(MapValue p) {
        return new Privacy(p.string("controller"), p.string("contact"), intOr(p.scalar("retention_months"), 12),
                enumOr(LawfulBasis.class, p.string("lawful_basis"), LawfulBasis.CONSENT));
    }

    private static Handbook handbook(MapValue h) {
        List<String> chapters = h.get("chapters") == null ? Handbook.DEFAULT_CHAPTERS : strings(h.list("chapters"));
        return new Handbook(chapters, enumOr(Paper.class, h.string("paper"), Paper.A4),
                h.get("packs") == null ? Handbook.PACKS : strings(h.list("packs")));
    }

    /** Where each value of the user's own file was written, keyed as {@link SourceMap} documents. */
    static SourceMap sources(MapValue user, String file) {
        Map<String, Location> locations = new LinkedHashMap<>();
        collect(user, "", locations);
        return new SourceMap(file, locations);
    }

    private static void collect(Value value, String path, Map<String, Location> out) {
        if (!path.isEmpty()) out.put(path, value.location());
        if (value instanceof MapValue m) {
            m.entries().forEach((k, v) -> collect(v, path.isEmpty() ? k : path + "." + k, out));
        } else if (value instanceof ListValue l) {
            for (int i = 0; i < l.items().size(); i++) collect(l.items().get(i), path + "[" + i + "]", out);
        }
    }

    // --- small conversions ---------------------------------------------------------------------------

    private static final MapValue EMPTY = new MapValue(Location.ofFile(""), Map.of());

    private static MapValue orEmpty(MapValue m) {
        return m == null ? EMPTY : m;
    }

    private static <T> List<T> list(List<Value> values, Function<Value, T> convert) {
        List<T> out = new ArrayList<>();
        for (Value v : values) {
            T t = convert.apply(v);
            if (t != null) out.add(t);
        }
        return List.copyOf(out);
    }

    private static List<String> strings(List<Value> values) {
        return list(values, v -> v instanceof ScalarValue s && s.value() instanceof String str ? str : null);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : null;
    }

    private static int intOr(Object value, int fallback) {
        return value instanceof Integer i ? i : fallback;
    }

    private static String stringOr(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static <E extends Enum<E> & YamlEnum> E enumOr(Class<E> type, String key, E fallback) {
        if (key == null) return fallback;
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equalsIgnoreCase(key)) return constant;
        }
        return fallback;
    }
}
