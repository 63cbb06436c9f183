package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Agreement;
import org.flipside.model.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of SCHEME.md beyond the shared fixtures; every message asserted in full. */
class ValidationTest {

    @TempDir Path project;

    private List<String> errors(String extra) throws IOException {
        Path file = SchemeFiles.write(project, SchemeFiles.BASE + extra);
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE));
        return thrown.errors().stream().map(Problem::toString).toList();
    }

    private LoadedScheme loads(String text) throws IOException, ProblemException {
        return SchemeFiles.load(project, text);
    }

    @Test
    void matchingRulesMustNameAChoiceQuestion() throws IOException {
        assertEquals(List.of(
                "scheme.yml:17:15: a `prefer` rule cannot use question `hopes`: it is a `long_text` question, and"
                        + " free-text answers cannot be compared — use a `single_choice`, `multi_choice` or `scale` question",
                "scheme.yml:20:17: matching rule 2 refers to question `topcs`, which does not exist — did you mean"
                        + " `topics`? (the questions are: topics, availability, hopes, identity)",
                "scheme.yml:22:17: a `never` rule takes no `question` — remove `question:`, or make it a `prefer:` rule"),
                errors("""
                        matching:
                          rules:
                            - prefer: shared_answers
                              question: hopes
                            - prefer: shared_answers
                              question: topcs
                            - never: same_team
                              question: topics
                        """));
    }

    @Test
    void timelineReferencesAndOverlapsAreChecked() throws IOException {
        assertEquals(List.of(
                "scheme.yml:18:57: phase `engage` starts on 2026-02-10, before the end of phase `purpose` (2026-03-02):"
                        + " phases may not overlap — move `start` to 2026-03-02 or later, or shorten the phases before it",
                "scheme.yml:21:46: milestone `midpoint` comes after phase `mentorng`, which does not exist — did you"
                        + " mean `mentoring`? (the phases are: purpose, engage, mentoring)",
                "scheme.yml:22:7: `timeline.milestones[1]` has `date` and `after`, but takes only one — keep one of"
                        + " `date` or `after` and delete the other",
                "scheme.yml:23:7: there are two milestones with the id `midpoint` — give each milestone its own id",
                "scheme.yml:26:30: event `Launch` comes after phase `lanch`, which does not exist — the phases are:"
                        + " purpose, engage, mentoring",
                "scheme.yml:27:7: `community.events[1]` needs one of `date`, `after` or `every_weeks` — add one of"
                        + " `date`, `after` or `every_weeks`"),
                errors("""
                        timeline:
                          phases:
                            - {id: purpose, title: Purpose, weeks: 4}
                            - {id: engage, title: Engage, weeks: [3, 5], start: 2026-02-10}
                            - {id: mentoring, title: Mentoring, weeks: 24}
                          milestones:
                            - {id: midpoint, title: Midpoint, after: mentorng}
                            - {id: both, title: Both, after: engage, date: 2026-05-01}
                            - {id: midpoint, title: Again, date: 2026-05-01}
                        community:
                          events:
                            - {title: Launch, after: lanch}
                            - {title: Nothing}
                        """));
    }

    @Test
    void chaptersAreBuiltInOrContentFiles() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/extra.md"), "# Extra\n");
        assertEquals(List.of("scheme.yml:16:14: chapter `welcme` is neither a built-in chapter nor a file"
                        + " `content/welcme.md` — create content/welcme.md, or use a built-in chapter: purpose, people,"
                        + " timeline, matching, meetings, themes, agreement, diary, support, community, evaluation,"
                        + " next-steps, privacy, downloads"),
                errors("handbook:\n  chapters: [welcme, timeline, extra]\n"));
    }

    @Test
    void typesEnumsAndIdsAreCheckedWithAFix() throws IOException {
        assertEquals(List.of(
                "scheme.yml:16:10: `meetings.count` must be between 1 and 52, not `0` — How many meetings each pair has.",
                "scheme.yml:17:16: `meetings.every_weeks` must be a whole number, not `often` — write digits only, e.g. `6`",
                "scheme.yml:18:13: `meetings.formats[0]` must be one of `in_person`, `online`, `phone` or `hybrid`,"
                        + " not `zoom` — use one of the words listed",
                "scheme.yml:19:18: `meetings.first_contact` must be one of `mentor` or `mentee`, not `mentees` — did"
                        + " you mean `mentee`?",
                "scheme.yml:21:9: `themes[0].id` must be an id of lowercase letters, digits and `-`, not `Getting"
                        + " Started` — e.g. `getting-started`",
                "scheme.yml:23:14: theme 1 is planned for meeting 9, but there are only 6 meetings — choose a meeting"
                        + " from 1 to 6, or raise `meetings.count`",
                "scheme.yml:25:3: `support.signposting` needs at least one item — Support contacts; at least one."
                        + " Stale details do harm: give `checked`."),
                errors("""
                        meetings:
                          count: 0
                          every_weeks: often
                          formats: [zoom]
                          first_contact: mentees
                        themes:
                          - id: Getting Started
                            title: x
                            meeting: 9
                        support:
                          signposting: []
                        """));
    }

    @Test
    void coloursAreQuotedAndExpanded() throws IOException, ProblemException {
        String named = SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors\n",
                "  name: Ashby Lane Solicitors\n  colours:\n    primary: \"#123\"\n    accent: \"#AB3D1F\"\n");
        Scheme scheme = loads(named).scheme();
        assertEquals("#112233", scheme.organisation().colours().primary());
        assertEquals("#ab3d1f", scheme.organisation().colours().accent());

        String unquoted = SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors\n",
                "  name: Ashby Lane Solicitors\n  colours:\n    primary: #1d3557\n");
        Path file = SchemeFiles.write(project, unquoted);
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE));
        assertEquals("scheme.yml:5:13: `organisation.colours.primary` is empty: in YAML an unquoted `#` starts a"
                + " comment — put the colour in quotes, e.g. `primary: \"#1d3557\"`", thrown.getMessage());
    }

    @Test
    void clausesAreMergedByIdAndSafeguardingStays() throws IOException, ProblemException {
        Scheme scheme = loads(SchemeFiles.BASE + """
                agreement:
                  clauses:
                    - {id: confidentiality, text: "Reworded for ${scheme.name}."}
                    - {id: feedback_to_organisation, remove: true}
                    - {id: recording, title: No recordings, text: We will not record our meetings.}
                """).scheme();
        List<Agreement.Clause> clauses = scheme.agreement().clauses();
        assertEquals(List.of("purpose", "confidentiality", "confidentiality_limits", "boundaries", "no_assessment",
                "meeting_logistics", "communication", "wellbeing_signposting", "escalation", "no_fault_exit",
                "data_protection", "recording"), clauses.stream().map(Agreement.Clause::id).toList());
        assertEquals(new Agreement.Clause("confidentiality", "Confidentiality", "Reworded for ${scheme.name}.", true),
                clauses.get(1));

        assertEquals(List.of(
                "scheme.yml:16:3: clause `extra` needs a `text` — a new clause needs both a `title` and a `text`; to"
                        + " reword a built-in clause, use its id (confidentiality, confidentiality_limits, escalation,"
                        + " no_assessment, no_fault_exit, wellbeing_signposting, ...)",
                "scheme.yml:17:7: there is no default clause `feedback_to_organsation` to remove — did you mean"
                        + " `feedback_to_organisation`?",
                "scheme.yml:20:27: `${people.sponsor.name}` has no value in this scheme — write `people.sponsor.name`"
                        + " in scheme.yml, or remove the placeholder",
                "scheme.yml:22:15: the `escalation` clause can be reworded but not removed: it protects the people who"
                        + " take part — delete `remove: true`; to change the wording, give the clause a new `text`"),
                errors("""
                        agreement:
                          clauses:
                            - {id: feedback_to_organsation, remove: true}
                            - {id: extra, title: Extra}
                            - id: confidentiality
                              text: Reworded, ask ${people.sponsor.name}
                            - id: escalation
                              remove: true
                        """));
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        List<String> errors = errors("""
                meetings: {count: six, minutes: long}
                themes:
                  - {id: one, title: One, meeting: 1, summary: "Meet ${meetings.cuont} times"}
                voices: {consultations: [{method: poll}]}
                """);
        assertEquals(List.of(
                "scheme.yml:15:19: `meetings.count` must be a whole number, not `six` — write digits only, e.g. `6`",
                "scheme.yml:15:33: `meetings.minutes` must be a whole number, not `long` — write digits only, e.g. `15`",
                "scheme.yml:17:54: `${meetings.cuont}` is not a known value — did you mean `${meetings.count}`?",
                "scheme.yml:18:35: `voices.consultations[0].method` must be one of `roundtable`, `survey`,"
                        + " `focus_group`, `interview` or `other`, not `poll` — use one of the words listed"),
                errors);
    }

    @Test
    void textWithAColonOrAListWrittenAsTextIsExplained() throws IOException {
        assertEquals(List.of("scheme.yml:16:16: a `:` followed by a space starts a new key here, which YAML does not"
                        + " allow inside this value — put the text in quotes (\"...\"), or check the indentation of this line"),
                errors("scheme:\n  summary: Note: this breaks\n"));
        Path file = SchemeFiles.write(project, SchemeFiles.BASE.replace("aims: [Partners understand junior colleagues.]",
                "aims: Partners understand junior colleagues."));
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE));
        assertEquals("scheme.yml:9:9: `purpose.aims` must be a list, not the text `Partners understand junior"
                + " colleagues.` — put each item on its own line starting with `- `, or write `[\"...\"]` around a"
                + " single item", thrown.getMessage());
    }

    @Test
    void staleSupportDetailsAndMistimedRecruitmentAreWarnings() throws IOException, ProblemException {
        LoadedScheme loaded = loads(SchemeFiles.BASE + """
                recruitment:
                  opens: 2026-01-01
                  closes: 2026-03-01
                support:
                  signposting:
                    - {name: Old, checked: 2025-01-01}
                    - {name: Never}
                    - {name: Fresh, checked: 2026-06-01}
                """);
        assertEquals(List.of(
                "scheme.yml:20:7: support contact `Old` was last checked on 2025-01-01, more than twelve months ago —"
                        + " confirm the phone number and web address still work, then update `checked`",
                "scheme.yml:21:7: support contact `Never` has no `checked` date; people in distress will rely on these"
                        + " details — confirm the details and add `checked: 2026-12-04`",
                "scheme.yml:15:1: the recruitment window (2026-01-01 to 2026-03-01) is not inside the `engage` phase"
                        + " (2026-04-27 to 2026-05-25) — recruit while the scheme engages mentors and mentees: move the"
                        + " dates, or the phases"),
                loaded.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void aKeyInTheWrongBlockSaysWhereItBelongs() throws IOException {
        assertEquals(List.of("scheme.yml:15:1: `signposting` is not a known key at the top level — `signposting`"
                        + " belongs under `support`; the keys here are: version, organisation, scheme, purpose, voices,"
                        + " people, recruitment, matching, timeline, meetings, themes, agreement, diary, support,"
                        + " community, evaluation, next_steps, privacy, handbook"),
                errors("signposting:\n  - {name: LawCare}\n"));
    }

    @Test
    void placeholdersInABlockOfTextArePointedAtOnTheirOwnLine() throws IOException {
        assertEquals(List.of(
                "scheme.yml:19:47: `${meetings.cuont}` is not a known value — did you mean `${meetings.count}`?",
                "scheme.yml:20:9: `${scheme.nam}` is not a known value — did you mean `${scheme.name}`?",
                "scheme.yml:21:26: `${` starts a placeholder that is never closed with `}`"
                        + " — close it, e.g. `${meetings.count}`, or write `$${` for a literal `${`"),
                errors("""
                        agreement:
                          clauses:
                            - id: meeting_logistics
                              text: >
                                We will meet ${meetings.count} times, ${meetings.cuont}
                                ${scheme.nam} and ${scheme.name} and
                                then $${literal} ${unclosed
                        """));
    }

    @Test
    void linksMustBeWebAddressesAndEmailsEmails() throws IOException {
        assertEquals(List.of(
                "scheme.yml:18:12: `support.signposting[0].url` must be a web address starting with https:// or"
                        + " http://, not `javascript:alert(1)` — e.g. `https://www.lawcare.org.uk`",
                "scheme.yml:19:14: `support.signposting[0].email` must be an email address, not `call us` — e.g."
                        + " `reverse.mentoring@example.org`"),
                errors("""
                        support:
                          signposting:
                            - name: Helpline
                              url: javascript:alert(1)
                              email: call us
                        """));
        Path file = SchemeFiles.write(project, SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors\n",
                "  name: Ashby Lane Solicitors\n  language: \"en-GB><script>\"\n"));
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE));
        assertEquals("scheme.yml:4:13: `organisation.language` must be a language tag such as `en-GB`, not"
                + " `en-GB><script>` — write `en-GB` for British English, `en-IE` for Irish English, `cy` for Welsh",
                thrown.getMessage());
    }
}
