package org.flipside.cli;

import static org.flipside.testing.JsonPath.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.flipside.testing.Shared;
import org.flipside.util.Json;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    private static Map<String, Object> phase(Object json, String id) {
        List<Map<String, Object>> phases = at(json, "phases");
        return phases.stream().filter(p -> id.equals(p.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void theJsonPlanOfFullYmlHasTheDatesTheContractGives() {
        CommandOutput run = CommandOutput.run("check", "--format", "json", Shared.fixture("full.yml").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Object json = Json.parse(run.out());
        assertEquals("Calder & Wren Reverse Mentoring", at(json, "scheme", "name"));
        assertEquals("Calder & Wren LLP", at(json, "scheme", "organisation"));
        assertEquals("2026", at(json, "scheme", "cohort"));
        assertEquals("2026-01-12", phase(json, "purpose").get("start"));
        assertEquals("2026-04-06", phase(json, "purpose").get("end"));
        assertEquals("2026-05-18", phase(json, "mentoring").get("start"));
        assertEquals("2026-12-14", phase(json, "reflect").get("end"));
        assertEquals(1L, (Long) at(json, "meetings", 0, "number"));
        assertEquals("2026-05-18", at(json, "meetings", 0, "date"));
        assertEquals(6L, (Long) at(json, "meetings", 5, "number"));
        assertEquals("2026-10-05", at(json, "meetings", 5, "date"));
        assertEquals("Getting to know each other", at(json, "meetings", 0, "theme"));
        List<Map<String, Object>> milestones = at(json, "milestones");
        assertEquals("2026-08-10", milestones.stream().filter(m -> "midpoint".equals(m.get("id"))).findFirst()
                .orElseThrow().get("date"));
        List<Map<String, Object>> warnings = at(json, "warnings");
        assertEquals(List.of("location", "message", "fix"), List.copyOf(warnings.get(0).keySet()));
    }

    @Test
    void theSummaryShowsPhasesAndMeetingsAndGroupsTheWarningsAtTheEnd() {
        CommandOutput run = CommandOutput.run("check", Shared.fixture("full.yml").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("  Develop purpose, aims and objectives   Mon 12 Jan 2026 → Mon 6 Apr 2026   8–12 weeks\n"), run.out());
        assertTrue(run.out().contains("  6  Mon 5 Oct 2026   What we will change\n"), run.out());
        assertTrue(run.out().endsWith("full.yml is valid, with 1 warning (below).\n"), run.out());
        assertTrue(run.err().startsWith("\n1 warning:\n  warning: full.yml:11:13: brand colour"), run.err());
    }

    @Test
    void minimalYmlPlansFromTheDefaults() {
        CommandOutput run = CommandOutput.run("check", "--format", "json", Shared.fixture("minimal.yml").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Object json = Json.parse(run.out());
        assertEquals(5, ((List<?>) at(json, "phases")).size());
        assertEquals(6, ((List<?>) at(json, "meetings")).size());
        assertEquals("2026-06-08", phase(json, "mentoring").get("start"));
        assertNull(at(json, "recruitment"));
    }

    @Test
    void anInvalidSchemeExitsOneAndPrintsEachErrorOnceInTheSummary() {
        CommandOutput run = CommandOutput.run("check", Shared.fixture("invalid/unknown-placeholder.yml").toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("", run.out());
        String problem = "unknown-placeholder.yml:16:26: `${meetings.cuont}` is not a known value";
        assertEquals(1, run.err().split(java.util.regex.Pattern.quote(problem), -1).length - 1, run.err());
        assertTrue(run.err().contains("1 error:\n  1. " + problem), run.err());
    }

    @Test
    void anInvalidSchemeInJsonFormatPrintsItsErrorsAsJson() {
        CommandOutput run = CommandOutput.run("check", "--format", "json",
                Shared.fixture("invalid/unknown-placeholder.yml").toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        Object json = Json.parse(run.out());
        assertEquals(false, at(json, "valid"));
        List<Map<String, Object>> errors = at(json, "errors");
        assertEquals(1, errors.size(), run.out());
        assertTrue(((String) errors.get(0).get("location")).endsWith("unknown-placeholder.yml:16:26"), run.out());
        assertEquals("`${meetings.cuont}` is not a known value", errors.get(0).get("message"));
        assertTrue(((String) errors.get(0).get("fix")).contains("meetings.count"), run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE, CommandOutput.run("check", "--format", "xml", "scheme.yml").exitCode());
    }
}
