package org.flipside.plan;

import java.time.LocalDate;
import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;

/**
 * Everything the output stages need, derived once from a {@link Scheme}: concrete dates, the chapters in
 * order, and the scheme itself with every {@code ${...}} placeholder resolved. Immutable.
 *
 * @param scheme      the scheme with placeholders resolved in every free-text field
 * @param buildDate   the date the build stands for: {@code SOURCE_DATE_EPOCH} when set, else today
 * @param recruitment nullable: no recruitment window written
 * @param end         the day the last phase ends
 * @param warnings    every warning from loading and planning, in the order found
 */
public record Plan(Scheme scheme, LocalDate buildDate, List<PhasePlan> phases, List<MilestonePlan> milestones,
                   List<MeetingPlan> meetings, List<EventPlan> events, DateRange recruitment, LocalDate end,
                   List<Chapter> chapters, List<Problem> warnings) {
}
