package org.flipside.plan;

import static org.flipside.testing.JsonPath.at;
import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.ProblemException;
import org.flipside.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

    @TempDir Path project;

    @Test
    void thePlanReadsBackWithIsoDatesInAStableKeyOrder() throws ProblemException {
        Plan plan = Planner.plan(loaded(full()), project, LocalDate.of(2026, 12, 1));

        String text = Json.write(PlanJson.of(plan));
        Object json = Json.parse(text);

        assertEquals(List.of("valid", "scheme", "phases", "milestones", "meetings", "events", "recruitment", "chapters", "warnings"),
                List.copyOf(((Map<?, ?>) json).keySet()));
        assertEquals(true, at(json, "valid"));
        assertEquals("Calder & Wren Reverse Mentoring", at(json, "scheme", "name"));
        assertEquals("Calder & Wren LLP", at(json, "scheme", "organisation"));
        assertEquals("2026", at(json, "scheme", "cohort"));
        assertEquals(List.of("id", "title", "start", "end", "weeks", "min_weeks"), List.copyOf(((Map<?, ?>) at(json, "phases", 0)).keySet()));
        assertEquals("2026-01-12", at(json, "phases", 0, "start"));
        assertEquals("2026-04-06", at(json, "phases", 0, "end"));
        assertEquals(12L, (Long) at(json, "phases", 0, "weeks"));
        assertEquals("2026-05-18", at(json, "phases", 3, "start"));
        assertEquals("2026-12-14", at(json, "phases", 4, "end"));
        assertEquals("2026-08-10", at(json, "milestones", 0, "date"));
        assertEquals(1L, (Long) at(json, "meetings", 0, "number"));
        assertEquals("2026-05-18", at(json, "meetings", 0, "date"));
        assertEquals("2026-10-05", at(json, "meetings", 5, "date"));
        assertEquals("What we will change", at(json, "meetings", 5, "theme"));
        assertEquals("mentors", at(json, "events", 1, "audience"));
        assertEquals("2026-04-24", at(json, "recruitment", "closes"));
        assertEquals(List.of(), at(json, "warnings"));
        assertEquals(text, Json.write(PlanJson.of(Planner.plan(loaded(full()), project, LocalDate.of(2026, 12, 1)))));
    }

    @Test
    void stringsAreEscaped() {
        Map<String, Object> object = Json.object();
        object.put("a", "quote \" backslash \\ line\nend </script>");
        String text = Json.write(object);
        assertEquals("{\n  \"a\": \"quote \\\" backslash \\\\ line\\nend \\u003c/script>\"\n}", text);
        assertEquals(object, Json.parse(text));
    }
}
