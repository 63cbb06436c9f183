package org.flipside.scheme;

import static org.flipside.scheme.Shape.*;

import java.util.List;
import org.flipside.model.AgendaOwner;
import org.flipside.model.Audience;
import org.flipside.model.BuddyModel;
import org.flipside.model.ConsultationMethod;
import org.flipside.model.Handbook;
import org.flipside.model.Instrument;
import org.flipside.model.LawfulBasis;
import org.flipside.model.MatchingApproach;
import org.flipside.model.MeasureLevel;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Moment;
import org.flipside.model.OrganisationType;
import org.flipside.model.Party;
import org.flipside.model.QuestionType;
import org.flipside.model.SchemeModel;

/**
 * Every key of scheme.yml (SCHEME.md), written once. The validator checks files against it and
 * {@link SchemaGenerator} turns it into {@code scheme.schema.json}, so editor help and the build never
 * disagree about which keys exist.
 */
final class KeyTable {

    private KeyTable() {}

    static final String MERGE_NOTE = " Left out, the built-in default is used; a mapping you write is merged key by"
            + " key over the default, a list you write replaces the default list.";

    private static final Shape.MapOf PERSON = map("A named person.",
            required("name", text("Full name.")),
            optional("role", text("Job title or role in the scheme.")),
            optional("email", email("Email address.")));

    private static final Shape.MapOf GROUP = map("Who takes this role, who may, and what is expected of them.",
            optional("description", text("Who they are, in one sentence.")),
            optional("eligibility", textList("Who may take part, one condition per item.")),
            optional("expectations", textList("What is expected of them, one per item.")),
            optional("commitment", map("The time asked of each person.",
                    optional("hours_per_month", integer("Hours a month.", 0, 200)),
                    optional("months", integer("How many months.", 0, 120)))));

    static final Shape.MapOf ORGANISATION = map("Who runs the scheme, and its branding.",
            required("name", text("The organisation's name, e.g. `Harbour & Vale LLP`.")),
            optional("short_name", text("A short form of the name, e.g. `H&V`.")),
            optional("type", oneOf("What kind of organisation it is.", OrganisationType.class)),
            optional("logo", text("Logo file: PNG, JPEG or SVG, relative to the project folder and inside it,"
                    + " e.g. `content/assets/logo.png`.")),
            optional("colours", map("Brand colours, checked against WCAG 2.2 AA contrast (4.5:1 with white).",
                    optional("primary", colour("Main brand colour, quoted: \"#1d3557\".")),
                    optional("accent", colour("Accent colour, quoted: \"#e76f51\".")))),
            optional("language", language("Language of the generated text, a BCP 47 tag (default `en-GB`).")),
            optional("contact", map("How participants reach the scheme team.",
                    optional("email", email("Email address for questions about the scheme.")),
                    optional("intranet", url("Link back to the intranet page, e.g. https://intranet.example.org/edi.")))));

    static final Shape.MapOf SCHEME = map("The scheme itself: name, model, cohort and start date.",
            required("name", text("The scheme's name, e.g. `Flip the Script`.")),
            optional("model", oneOf("`reverse` (juniors mentor seniors) or `reciprocal` (both ways).", SchemeModel.class)),
            optional("cohort", text("Which cohort this is, e.g. \"2026\" (quote it).")),
            required("start", date("First day of the first timeline phase, YYYY-MM-DD.")),
            optional("summary", text("One paragraph shown on the handbook's home page.")));

    static final Shape.MapOf PURPOSE = map("Why the scheme exists: the problem, aims and objectives. Required,"
                    + " because a scheme without a purpose becomes a tick-box exercise.",
            required("problem", "the problem is what the scheme sets out to change",
                    text("The organisational problem the scheme addresses.")),
            required("aims", "aims say what success looks like",
                    nonEmptyList("What the scheme aims to achieve, at least one.", text("One aim."))),
            required("objectives", "objectives linked to measures are how you will know the scheme worked",
                    nonEmptyList("Concrete objectives, at least one, each linked to evaluation measures.",
                            map("One objective.",
                                    required("id", id("Unique id: lowercase letters, digits, '-'.")),
                                    required("text", text("The objective, in one sentence.")),
                                    required("measures", nonEmptyList("Ids of `evaluation.measures` that show"
                                            + " progress on this objective.", id("A measure id.")))))),
            optional("strategy_links", textList("Strategies or plans this scheme serves.")),
            optional("out_of_scope", textList("What the scheme is not for, e.g. performance management.")));

    static final Shape.MapOf VOICES = map("Who was consulted in designing and planning the scheme.",
            optional("consultations", list("Each consultation held.", map("One consultation.",
                    required("method", oneOf("How people were consulted.", ConsultationMethod.class)),
                    optional("with", textList("Who took part, e.g. trainees, paralegals.")),
                    optional("date", date("When, YYYY-MM-DD.")),
                    optional("summary", text("What participants asked for."))))),
            optional("steering_group", list("Members of the steering group.", map("One member.",
                    required("role", text("Their role, e.g. Trainee representative.")),
                    optional("represents", text("Whom they speak for."))))));

    static final Shape.MapOf PEOPLE = map("The people in the scheme." + MERGE_NOTE,
            optional("scheme_lead", PERSON),
            optional("sponsor", PERSON),
            optional("mentors", GROUP),
            optional("mentees", GROUP),
            optional("buddies", map("Support buddies for the mentors.",
                    optional("model", oneOf("`per_pair`, a shared `pool`, or a `group` buddy.", BuddyModel.class)),
                    optional("description", text("Who the buddies are.")),
                    optional("remit", textList("What buddies do, one task per item.")))),
            optional("partners", list("Outside partners, e.g. a university.", map("One partner.",
                    required("name", text("The partner's name.")),
                    optional("type", text("university, client, charity ...")),
                    optional("role", text("What they contribute."))))));

    static final Shape.MapOf RECRUITMENT = map("The recruitment window and channels.",
            optional("opens", date("First day applications are open, YYYY-MM-DD.")),
            optional("closes", date("Last day applications are open, YYYY-MM-DD.")),
            optional("channels", textList("Where the scheme is advertised.")));

    static final Shape.MapOf MATCHING = map("How mentors and mentees are matched." + MERGE_NOTE,
            optional("approach", oneOf("Who or what proposes pairs.", MatchingApproach.class)),
            optional("matcher", text("Who does the matching.")),
            optional("rules", list("Matching rules; each is a `never:` or a `prefer:` rule.",
                    mapWithOneOf("One rule: `never: same_team` or `prefer: shared_answers` with a `question`.",
                            List.of("never", "prefer"),
                            optional("never", oneOf("Pairs that must never be made.",
                                    "same_reporting_line", "same_team", "previous_pair")),
                            optional("prefer", oneOf("Prefer pairs whose answers to `question` are shared or different.",
                                    "shared_answers", "different_answers")),
                            optional("question", id("The id of a choice question (with `prefer`).")),
                            optional("weight", integer("How much this preference counts, 1 to 10 (default 1).", 1, 10)),
                            optional("required", bool("A pair must share at least one answer."))))),
            optional("capacity", integer("Mentees per mentor (default 1).", 1, 20)),
            optional("questions", list("The matching questionnaire.", map("One question.",
                    required("id", id("Unique id: lowercase letters, digits, '-'.")),
                    required("text", text("The question as participants read it.")),
                    required("type", oneOf("The kind of answer.", QuestionType.class)),
                    optional("options", textList("The choices, for `single_choice` and `multi_choice`.")),
                    optional("audience", oneOf("Who answers it.", Audience.class)),
                    optional("required", bool("An answer is required.")),
                    optional("sensitive", bool("Seen by the matcher only; never on the website."))))));

    static final Shape.MapOf TIMELINE = map("Phases (run back to back from `scheme.start`) and milestones." + MERGE_NOTE,
            optional("phases", nonEmptyList("The phases in order.", map("One phase.",
                    required("id", id("Unique id, e.g. `mentoring`.")),
                    required("title", text("What happens in this phase.")),
                    required("weeks", weeks("Length in whole weeks, or a range `[8, 12]` (plans for the upper bound).")),
                    optional("start", date("A fixed start date; must not overlap the previous phase."))))),
            optional("milestones", list("Milestones: each has a `date` or falls at the end of a phase (`after`).",
                    mapWithOneOf("One milestone.", List.of("date", "after"),
                            required("id", id("Unique id.")),
                            required("title", text("What the milestone is.")),
                            optional("date", date("Its date, YYYY-MM-DD.")),
                            optional("after", id("A phase id: the milestone falls at that phase's end.")),
                            optional("offset_weeks", integer("Weeks to move it from the phase's end (may be negative).", -520, 520))))));

    static final Shape.MapOf MEETINGS = map("How many meetings, how often, how long, where." + MERGE_NOTE,
            optional("count", integer("How many meetings each pair has.", 1, 52)),
            optional("every_weeks", integer("Weeks between meetings.", 1, 52)),
            optional("minutes", integer("Length of a meeting in minutes.", 10, 480)),
            optional("formats", list("How pairs may meet.", oneOf("A meeting format.", MeetingFormat.class))),
            optional("venue", text("Where to meet, e.g. a neutral space.")),
            optional("first_contact", oneOf("Who makes first contact.", Party.class)),
            optional("agenda_owner", oneOf("Who sets the agenda.", AgendaOwner.class)));

    private static final Shape.ListOf PROMPTS = textList("Prompts, one per item (quote text in `[...]` lists).");

    static final Shape.ListOf THEMES = list("Meeting themes with prompts. Written, they replace the default themes.",
            map("One theme.",
                    required("id", id("Unique id.")),
                    required("title", text("The theme's title.")),
                    optional("meeting", integer("Which meeting (1-based) it is planned for.", 1, 52)),
                    optional("summary", text("What the theme covers.")),
                    optional("before", text("What to do before the meeting.")),
                    optional("prompts", map("Prompts for the mentor, the mentee, or both.",
                            optional("mentor", PROMPTS), optional("mentee", PROMPTS), optional("both", PROMPTS)))));

    static final Shape.MapOf AGREEMENT = map("The mentoring agreement. Clauses are merged with the default clauses by `id`.",
            optional("clauses", list("Clauses: one with a default's id rewords it (key by key), `remove: true` drops a"
                            + " default (not a safeguarding one), a new id adds a clause at the end.",
                    map("One clause.",
                            required("id", id("The clause id, e.g. `confidentiality`.")),
                            optional("title", text("The clause's heading.")),
                            optional("text", text("The clause text; may use placeholders such as ${meetings.count}.")),
                            optional("remove", bool("Drop this default clause. Safeguarding clauses cannot be removed."))))),
            optional("signatories", list("Who signs the agreement.",
                    oneOf("A signatory.", "mentor", "mentee", "buddy", "scheme_lead", "sponsor"))));

    static final Shape.MapOf DIARY = map("The reflective diary." + MERGE_NOTE,
            optional("prompts", textList("Prompts after each meeting.")),
            optional("checkpoints", mapOfAnyKey("Checkpoint prompts by checkpoint, e.g. `midpoint`, `final`.",
                    textList("Prompts for this checkpoint."))));

    static final Shape.MapOf SUPPORT = map("Where participants find help." + MERGE_NOTE,
            optional("signposting", nonEmptyList("Support contacts; at least one. Stale details do harm: give `checked`.",
                    map("One contact.",
                            required("name", text("The service's name.")),
                            optional("description", text("What it offers.")),
                            optional("phone", text("Phone number, quoted.")),
                            optional("email", email("Email address.")),
                            optional("url", url("Web address, e.g. https://www.lawcare.org.uk.")),
                            optional("checked", date("When someone last confirmed these details, YYYY-MM-DD."))))),
            optional("escalation", list("Where to take each kind of concern.", map("One route.",
                    required("concern", text("The concern.")),
                    required("contact", text("Whom to contact."))))));

    static final Shape.MapOf COMMUNITY = map("Group events that build the cohort." + MERGE_NOTE,
            optional("events", list("Events: each has a `date`, an `after` (phase id) or `every_weeks`.",
                    mapWithOneOf("One event.", List.of("date", "after", "every_weeks"),
                            required("title", text("The event.")),
                            optional("date", date("Its date, YYYY-MM-DD.")),
                            optional("after", id("A phase id: the event is at that phase's end.")),
                            optional("every_weeks", integer("Repeats through the mentoring phase.", 1, 52)),
                            optional("audience", oneOf("Who it is for.", "all", "mentors", "mentees", "buddies"))))));

    static final Shape.MapOf EVALUATION = map("How the scheme is evaluated." + MERGE_NOTE,
            optional("framework", oneOf("The evaluation framework.", "kirkpatrick", "custom")),
            optional("measures", list("Measures; objectives refer to them by id. Written, they replace the defaults.",
                    map("One measure.",
                            required("id", id("Unique id.")),
                            required("title", text("What it measures.")),
                            required("level", oneOf("Kirkpatrick level, or `process`.", MeasureLevel.class)),
                            required("instrument", oneOf("How it is measured.", Instrument.class)),
                            optional("when", list("When it is measured.", oneOf("A moment.", Moment.class))),
                            optional("items", textList("Survey or interview items."))))),
            optional("reporting", map("Reporting rules.",
                    optional("min_group_size", integer("Results for smaller groups are never shown.", 2, 1000)),
                    optional("audience", textList("Who receives the results.")))));

    static final Shape.MapOf NEXT_STEPS = map("What happens after the scheme." + MERGE_NOTE,
            optional("feedback_session", date("When results are fed back, YYYY-MM-DD.")),
            optional("actions", textList("Actions after the scheme.")),
            optional("continuation", textList("How the relationships may continue.")));

    static final Shape.MapOf PRIVACY = map("How participants' personal data is handled." + MERGE_NOTE,
            optional("controller", text("Who is responsible for the data.")),
            optional("contact", text("Data protection contact.")),
            optional("retention_months", integer("Months before matching and survey data are deleted.", 1, 120)),
            optional("lawful_basis", oneOf("The lawful basis for processing.", LawfulBasis.class)));

    static final Shape.MapOf HANDBOOK = map("Chapter order and output options." + MERGE_NOTE,
            optional("chapters", list("Chapter order: built-in pages or files content/NAME.md. Left out, the default"
                    + " order is used and other content files are appended.", id("A chapter name."))),
            optional("paper", oneOf("Paper size for the PDFs.", "A4", "Letter")),
            optional("packs", list("PDF packs to produce.", oneOf("A pack.",
                    Handbook.PACKS.toArray(String[]::new)))));

    /** The whole file. */
    static final Shape.MapOf ROOT = map("A Flipside reverse mentoring scheme (scheme.yml).",
            required("version", integer("Always 1 for now.", 1, 1)),
            required("organisation", ORGANISATION),
            required("scheme", SCHEME),
            required("purpose", "a scheme without a purpose (the problem it addresses, its aims and objectives)"
                    + " becomes a tick-box exercise", PURPOSE),
            optional("voices", VOICES),
            optional("people", PEOPLE),
            optional("recruitment", RECRUITMENT),
            optional("matching", MATCHING),
            optional("timeline", TIMELINE),
            optional("meetings", MEETINGS),
            optional("themes", THEMES),
            optional("agreement", AGREEMENT),
            optional("diary", DIARY),
            optional("support", SUPPORT),
            optional("community", COMMUNITY),
            optional("evaluation", EVALUATION),
            optional("next_steps", NEXT_STEPS),
            optional("privacy", PRIVACY),
            optional("handbook", HANDBOOK));

    /** Blocks the built-in defaults may supply (defaults.yml holds only these). */
    static final List<String> DEFAULTABLE = List.of("people", "matching", "timeline", "meetings", "themes",
            "agreement", "diary", "support", "community", "evaluation", "next_steps", "privacy", "handbook");
}
