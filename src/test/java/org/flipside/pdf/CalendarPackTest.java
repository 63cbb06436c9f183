package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarPackTest {

    @TempDir Path out;

    @Test
    void calendarHoldsEveryPlannedDateWithStableUids() throws Exception {
        Plan plan = PlanFixture.plan();
        Path file = out.resolve("scheme.ics");
        int written = CalendarPack.write(plan, file);

        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        // 1 recruitment window + 5 phases + 2 milestones + 6 meetings + 5 event occurrences + 1 feedback session
        assertEquals(20, events.size());
        assertEquals(20, written);
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.UID).orElseThrow().getValue(), e -> e));
        assertEquals(20, byUid.size(), "UIDs are unique");
        VEvent third = byUid.get("meeting-3@calder-wren-reverse-mentoring");
        assertEquals(plan.meetings().get(2).date(), third.getDateTimeStart().orElseThrow().getDate());
        assertTrue(third.getSummary().orElseThrow().getValue().contains("Supervision and feedback"));
        VEvent recruitment = byUid.get("recruitment@calder-wren-reverse-mentoring");
        assertEquals(LocalDate.of(2026, 4, 6), recruitment.getDateTimeStart().orElseThrow().getDate());
        assertEquals(LocalDate.of(2026, 4, 25), recruitment.getDateTimeEnd().orElseThrow().getDate());
        VEvent mentoring = byUid.get("phase-mentoring@calder-wren-reverse-mentoring");
        assertEquals(plan.phases().get(3).start(), mentoring.getDateTimeStart().orElseThrow().getDate());
        assertTrue(byUid.containsKey("event-mentor-circle-3@calder-wren-reverse-mentoring"));
        assertTrue(byUid.containsKey("milestone-midpoint@calder-wren-reverse-mentoring"));
        assertTrue(Files.readString(file).contains("DTSTAMP:20261120T000000Z"));
    }

    @Test
    void rebuildingGivesTheSameBytes() throws Exception {
        CalendarPack.write(PlanFixture.plan(), out.resolve("a.ics"));
        CalendarPack.write(PlanFixture.plan(), out.resolve("b.ics"));
        assertArrayEquals(Files.readAllBytes(out.resolve("a.ics")), Files.readAllBytes(out.resolve("b.ics")));
    }
}
