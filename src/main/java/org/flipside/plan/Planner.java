package org.flipside.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.Placeholders;
import org.flipside.util.RecordStrings;

/**
 * Derives the {@link Plan} from a loaded scheme: the dates of every phase, milestone, meeting, community
 * event and the recruitment window ({@link Schedule}), the scheme with its placeholders resolved, and the
 * chapters in handbook order with their Markdown read from {@code content/} ({@link ChapterPlanner}).
 */
public final class Planner {

    private Planner() {}

    /**
     * @param projectRoot where {@code content/*.md} chapters are read from
     * @param buildDate   carried into the plan; the dates themselves do not depend on it
     * @throws ProblemException with every problem found, when the dates do not fit (meetings outside their
     *                          phase, overlapping phases, a milestone or event after an unknown phase) or the
     *                          content cannot be used (unknown placeholders, bad front matter, unknown chapters);
     *                          the loading warnings come with it
     */
    public static Plan plan(LoadedScheme loaded, Path projectRoot, LocalDate buildDate) throws ProblemException {
        List<Problem> errors = new ArrayList<>();
        Scheme scheme = resolvePlaceholders(loaded.scheme(), errors);

        Schedule schedule = new Schedule(scheme);
        errors.addAll(schedule.errors());
        List<Chapter> chapters = new ChapterPlanner(scheme, errors).plan(projectRoot);

        Set<Problem> warnings = new LinkedHashSet<>(loaded.warnings());
        warnings.addAll(schedule.warnings());
        if (!errors.isEmpty()) {
            List<Problem> all = new ArrayList<>(new LinkedHashSet<>(errors));
            all.addAll(warnings);
            throw new ProblemException(all);
        }
        return new Plan(scheme, buildDate, schedule.phases(), schedule.milestones(), schedule.meetings(),
                schedule.events(), schedule.recruitment(), schedule.end(), chapters, List.copyOf(warnings));
    }

    /**
     * A copy of {@code scheme} with {@code ${...}} resolved in every string; the source map is kept as it is.
     * The scheme stage has already reported unknown placeholders in scheme.yml, so each string should resolve;
     * one that does not (say, a default text naming a value this scheme leaves out) is added to {@code errors}
     * at the line of the value, and kept as written.
     */
    static Scheme resolvePlaceholders(Scheme scheme, List<Problem> errors) {
        // The paths from the copier count from the scheme's own components: `scheme.name`, `timeline.phases[0].title`.
        return RecordStrings.mapWithPaths(scheme, (path, text) -> {
            try {
                return Placeholders.resolve(scheme, text);
            } catch (IllegalArgumentException e) {
                errors.add(Problem.error(scheme.sources().locate(path), e.getMessage() + " in `" + path + "`.",
                        "Write the value it names in scheme.yml, or change the text so that it does not use it."));
                return text;
            }
        }, Set.of(SourceMap.class));
    }
}
