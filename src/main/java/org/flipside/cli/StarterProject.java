package org.flipside.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a new project, by relative path: the annotated scheme.yml with the answers filled in, its
 * JSON schema, starter chapters, a starter logo and the default theme. Nothing is written here.
 */
final class StarterProject {

    static final String ACCENT = "#b5452b";
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-z_]+)\\}\\}");

    private StarterProject() {}

    static Map<String, byte[]> files(InitAnswers answers) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("scheme.yml", schemeYaml(answers).getBytes(StandardCharsets.UTF_8));
        files.put("scheme.schema.json", BundledFiles.file("scheme.schema.json").orElseThrow(() ->
                new IOException("this build of Flipside has no scheme.schema.json packaged (rebuild it with mvn package)")));
        BundledFiles.folder("content").forEach((path, bytes) -> files.put("content/" + path, bytes));
        files.put("content/assets/logo.png", StarterLogo.png(answers.primary()));
        Map<String, byte[]> theme = BundledFiles.folder("theme");
        if (theme.isEmpty()) {
            throw new IOException("this build of Flipside has no default theme packaged (rebuild it with mvn package)");
        }
        theme.forEach((path, bytes) -> files.put("themes/default/" + path, bytes));
        return files;
    }

    /** The template with every {@code {{token}}} replaced; the user's text is YAML-quoted where needed. */
    static String schemeYaml(InitAnswers answers) throws IOException {
        String template = new String(BundledFiles.file("scheme.yml.template").orElseThrow(() ->
                new IOException("this build of Flipside has no scheme.yml template packaged")), StandardCharsets.UTF_8);
        LocalDate start = answers.start();
        // The default timeline: purpose 12 weeks, engage 4, launch 2, mentoring 24, reflect 6 (planned at the upper bounds).
        LocalDate engage = start.plusWeeks(12);
        LocalDate reflect = start.plusWeeks(12 + 4 + 2 + 24);
        Map<String, String> values = Map.of(
                "organisation", YamlText.scalar(answers.organisation()),
                "short_name", YamlText.scalar(answers.shortName()),
                "scheme_name", YamlText.scalar(answers.schemeName()),
                "cohort", Integer.toString(start.getYear()),
                "start", start.toString(),
                "primary", answers.primary(),
                "accent", ACCENT,
                "consultation_date", start.plusWeeks(3).toString(),
                "recruitment_opens", engage.toString(),
                "recruitment_closes", engage.plusWeeks(2).plusDays(4).toString());
        Map<String, String> dates = Map.of(
                "celebration", reflect.plusWeeks(4).plusDays(3).toString(),
                "feedback_session", reflect.plusWeeks(5).plusDays(2).toString());
        Matcher token = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (token.find()) {
            String key = token.group(1);
            String value = values.containsKey(key) ? values.get(key) : dates.get(key);
            if (value == null) throw new IllegalStateException("scheme.yml.template names an unknown value {{" + key + "}}");
            token.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        token.appendTail(out);
        return out.toString();
    }

    /** White or near-black, whichever reads better on {@code background} (WCAG relative luminance). */
    static String readableOn(String background) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(background.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withWhite >= withBlack ? "#ffffff" : "#111111";
    }
}
