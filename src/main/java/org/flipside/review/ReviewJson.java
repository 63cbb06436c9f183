package org.flipside.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.util.Json;

/** The review as plain data for {@code --format json}: keys in a fixed order. */
public final class ReviewJson {

    private ReviewJson() {}

    public static Map<String, Object> of(Review review) {
        Map<String, Object> root = Json.object();
        Map<String, Object> scheme = Json.object();
        scheme.put("name", review.schemeName());
        scheme.put("organisation", review.organisation());
        root.put("scheme", scheme);
        root.put("reviewed_on", review.reviewedOn());

        Map<String, Object> score = Json.object();
        score.put("strong", review.count(Status.STRONG));
        score.put("partial", review.count(Status.PARTIAL));
        score.put("missing", review.count(Status.MISSING));
        score.put("steps", review.steps().size());
        score.put("text", review.score());
        root.put("score", score);

        List<Object> steps = new ArrayList<>();
        for (StepReview s : review.steps()) {
            Map<String, Object> step = Json.object();
            step.put("id", s.id());
            step.put("title", s.title());
            step.put("status", s.status().label());
            step.put("why", s.why());
            step.put("strengths", s.strengths());
            List<Object> findings = new ArrayList<>();
            for (Finding f : s.findings()) {
                Map<String, Object> finding = Json.object();
                finding.put("rule", f.rule());
                finding.put("message", f.message());
                finding.put("suggestion", f.suggestion());
                finding.put("yaml", f.yaml());
                findings.add(finding);
            }
            step.put("findings", findings);
            steps.add(step);
        }
        root.put("steps", steps);
        return root;
    }
}
