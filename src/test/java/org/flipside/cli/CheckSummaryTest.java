package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.PlanFixtures;
import org.flipside.plan.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSummaryTest {

    @TempDir Path project;

    @Test
    void theSummaryShowsPhasesMilestonesMeetingsAndTheRest() throws ProblemException {
        List<String> lines = CheckCommand.summary(
                Planner.plan(PlanFixtures.loaded(PlanFixtures.full()), project, LocalDate.of(2026, 12, 1)));

        assertEquals("""
                Calder & Wren Reverse Mentoring — Calder & Wren LLP
                Cohort 2026, Mon 12 Jan 2026 → Mon 14 Dec 2026

                Phases
                  Develop purpose, aims and objectives   Mon 12 Jan 2026 → Mon 6 Apr 2026   8–12 weeks
                  Engage mentors and mentees             Mon 6 Apr 2026  → Mon 4 May 2026   3–4 weeks
                  Launch and match                       Mon 4 May 2026  → Mon 18 May 2026  2 weeks
                  Mentoring meetings                     Mon 18 May 2026 → Mon 2 Nov 2026   24 weeks
                  Reflect, evaluate and plan next steps  Mon 2 Nov 2026  → Mon 14 Dec 2026  6 weeks

                Milestones
                  Midpoint review    Mon 10 Aug 2026
                  Celebration event  Thu 26 Nov 2026

                Meetings: 6, every 4 weeks, 60 minutes each
                  1  Mon 18 May 2026  Getting to know each other
                  2  Mon 15 Jun 2026  The first weeks of a legal career
                  3  Mon 13 Jul 2026  Supervision and feedback
                  4  Mon 10 Aug 2026  Wellbeing and workload
                  5  Mon 7 Sep 2026   Belonging and progression
                  6  Mon 5 Oct 2026   What we will change

                Community events: 4 dates, Mon 18 May 2026 to Thu 26 Nov 2026
                Recruitment: Mon 6 Apr 2026 → Fri 24 Apr 2026
                Chapters (12): purpose, people, timeline, matching, meetings, themes, agreement, diary, support, \
                community, evaluation, next-steps""", String.join("\n", lines));
    }
}
