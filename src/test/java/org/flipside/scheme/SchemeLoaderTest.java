package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Agreement;
import org.flipside.model.Handbook;
import org.flipside.model.Matching;
import org.flipside.model.Scheme;
import org.flipside.model.Timeline;
import org.flipside.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemeLoaderTest {

    static final LocalDate BUILD_DATE = LocalDate.of(2026, 12, 4);

    static LoadedScheme load(Path file) throws ProblemException {
        return SchemeLoader.load(file, file.getParent(), BUILD_DATE);
    }

    static Stream<Path> validFixtures() throws IOException {
        Path folder = Shared.fixture("");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void everyValidFixtureLoads(Path fixture) throws ProblemException {
        Scheme scheme = load(fixture).scheme();
        assertTrue(scheme.scheme().name() != null && !scheme.scheme().name().isBlank());
        assertEquals(5, scheme.timeline().phases().size());
    }

    @Test
    void theRepositorysOwnSchemeLoads() throws ProblemException {
        Path example = Path.of("scheme.yml").toAbsolutePath();
        LoadedScheme loaded = SchemeLoader.load(example, example.getParent(), BUILD_DATE);
        assertEquals("Calder & Wren LLP", loaded.scheme().organisation().name());
    }

    @Test
    void minimalSchemeIsCompletedFromTheDefaults() throws ProblemException {
        Scheme scheme = load(Shared.fixture("minimal.yml")).scheme();

        assertEquals(List.of("purpose", "engage", "launch", "mentoring", "reflect"),
                scheme.timeline().phases().stream().map(Timeline.Phase::id).toList());
        assertEquals(new Timeline.Phase("purpose", "Develop purpose, aims and objectives", 8, 12, null),
                scheme.timeline().phases().get(0));
        assertEquals(6, scheme.meetings().count());
        assertEquals(4, scheme.meetings().everyWeeks());
        assertEquals(60, scheme.meetings().minutes());
        assertTrue(scheme.themes().size() >= 2, "themes: " + scheme.themes().size());
        assertEquals(List.of("purpose", "confidentiality", "confidentiality_limits", "boundaries", "no_assessment",
                        "meeting_logistics", "communication", "wellbeing_signposting", "escalation", "no_fault_exit",
                        "data_protection", "feedback_to_organisation"),
                scheme.agreement().clauses().stream().map(Agreement.Clause::id).toList());
        assertEquals(List.of("confidentiality", "confidentiality_limits", "no_assessment", "wellbeing_signposting",
                        "escalation", "no_fault_exit"),
                scheme.agreement().clauses().stream().filter(Agreement.Clause::safeguarding)
                        .map(Agreement.Clause::id).toList());
        var lawCare = scheme.support().signposting().get(0);
        assertEquals("LawCare", lawCare.name());
        assertEquals("0800 279 6888", lawCare.phone());
        assertEquals("https://www.lawcare.org.uk", lawCare.url());
        assertEquals(LocalDate.of(2026, 11, 2), lawCare.checked());
        assertEquals("kirkpatrick", scheme.evaluation().framework());
        assertEquals(5, scheme.evaluation().reporting().minGroupSize());
        assertEquals(12, scheme.privacy().retentionMonths());
        assertEquals(Handbook.DEFAULT_CHAPTERS, scheme.handbook().chapters());
        assertEquals(List.of("midpoint", "final"), scheme.diary().checkpoints().stream().map(c -> c.id()).toList());
        // The user's measures replace the default ones.
        assertEquals(List.of("changes-made"), scheme.evaluation().measures().stream().map(m -> m.id()).toList());
        assertNull(scheme.recruitment());
        assertEquals("Our partners rarely hear directly from trainees and paralegals about what it is like to start"
                + " a legal career here, and two in five trainees leave within three years of qualifying.",
                scheme.purpose().problem(), "a folded block loses its final line break");
    }

    @Test
    void fullSchemeKeepsWhatItWrites() throws ProblemException {
        LoadedScheme loaded = load(Shared.fixture("full.yml"));
        Scheme scheme = loaded.scheme();

        assertEquals(LocalDate.of(2026, 1, 12), scheme.scheme().start());
        assertEquals("#14365d", scheme.organisation().colours().primary());
        assertEquals("Priya Shah", scheme.people().schemeLead().name());
        assertEquals(new Matching.Rule(org.flipside.model.RuleKind.PREFER_DIFFERENT_ANSWERS, "practice-area", 2, false),
                scheme.matching().rules().get(3));
        // One clause written, merged by id over the defaults: still twelve, reworded in place.
        assertEquals(12, scheme.agreement().clauses().size());
        Agreement.Clause logistics = scheme.agreement().clauses().get(5);
        assertEquals("How we will meet", logistics.title());
        assertTrue(logistics.text().startsWith("We will meet ${meetings.count} times"), logistics.text());
        assertEquals(new Timeline.Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                scheme.timeline().milestones().get(0));
        assertEquals(List.of("midpoint", "final"), scheme.diary().checkpoints().stream().map(c -> c.id()).toList());
        assertEquals(2, scheme.support().signposting().size());
        assertEquals(new org.flipside.diagnostic.Location("full.yml", 48, 7),
                scheme.sources().locate("voices.consultations[0]"));
    }

    @Test
    void fullSchemeWarnsAboutItsPaleAccentColourOnly() throws ProblemException {
        List<String> warnings = load(Shared.fixture("full.yml")).warnings().stream().map(Problem::toString).toList();
        assertEquals(List.of("full.yml:11:13: brand colour `organisation.colours.accent` (`#f4b942`) has a contrast of"
                + " 1.8:1 against white, below the 4.5:1 that WCAG 2.2 AA asks for text — the theme uses a darker"
                + " shade of it for text; choose a darker colour to pick the shade yourself"), warnings);
    }
}
