package org.flipside.scheme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;

/**
 * Reads one scalar's text as the kind its shape asks for. SnakeYAML's own guess at the type is ignored
 * (it would read {@code 2026-02-30} as a timestamp and {@code no} as false); returns null, with a problem
 * added, when the text is not of that kind.
 */
final class ScalarReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern ID = Shape.ID;
    static final Pattern URL = Pattern.compile("[hH][tT][tT][pP][sS]?://[^\\s<>\"'`]+");
    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"'`]+@[^@\\s<>\"'`]+\\.[^@\\s<>\"'`]+");

    private final List<Problem> problems;

    ScalarReader(List<Problem> problems) {
        this.problems = problems;
    }

    Integer integer(String text, Shape.Scalar shape, String path, Location where) {
        if (!INTEGER.matcher(text.trim()).matches()) {
            problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be a whole number, not `" + text + "`",
                    "write digits only, e.g. `" + (shape.min() != null && shape.min() > 0 ? shape.min() + 5 : 6) + "`"));
            return null;
        }
        int number = Integer.parseInt(text.trim().replace("+", ""));
        if ((shape.min() != null && number < shape.min()) || (shape.max() != null && number > shape.max())) {
            String range = shape.min().equals(shape.max()) ? "`" + shape.min() + "`"
                    : "between " + shape.min() + " and " + shape.max();
            problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be " + range + ", not `" + text + "`",
                    shape.description()));
            return null;
        }
        return number;
    }

    Boolean bool(String text, String path, Location where) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (word.equals("true")) return Boolean.TRUE;
        if (word.equals("false")) return Boolean.FALSE;
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be `true` or `false`, not `" + text + "`",
                "write `true` or `false`"));
        return null;
    }

    LocalDate date(String text, String path, Location where) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be a date written YYYY-MM-DD, not `"
                    + text + "`", "write the date like `2026-01-12` (year, month, day)"));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            String fix = month >= 1 && month <= 12
                    ? YearMonth.of(year, month).getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + year
                    + " has " + YearMonth.of(year, month).lengthOfMonth() + " days; write a date that exists"
                    : "the month must be 01 to 12; write a date that exists";
            problems.add(Problem.error(where, "`" + text.trim() + "` is not a real date (YYYY-MM-DD)", fix));
            return null;
        }
    }

    String enumWord(String text, Shape.Scalar shape, String path, Location where) {
        for (String allowed : shape.values()) {
            if (allowed.equalsIgnoreCase(text.trim())) return allowed;
        }
        String suggestion = Suggestions.closest(text.trim().toLowerCase(Locale.ROOT), shape.values());
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be " + shape.expected() + ", not `" + text + "`",
                suggestion != null ? "did you mean `" + suggestion + "`?" : "use one of the words listed"));
        return null;
    }

    String id(String text, String path, Location where) {
        if (ID.matcher(text).matches()) return text;
        String slug = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be an id of lowercase letters, digits and `-`,"
                + " not `" + text + "`", slug.isEmpty() ? "e.g. `getting-started`" : "e.g. `" + slug + "`"));
        return null;
    }

    String colour(String text, String path, Location where) {
        String t = text.trim();
        if (!COLOUR.matcher(t).matches()) {
            problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be a colour written \"#rrggbb\" or \"#rgb\","
                    + " not `" + text + "`", "e.g. `\"#1d3557\"` (in quotes)"));
            return null;
        }
        String hex = t.substring(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** Web addresses reach the handbook as links: only http(s), so no {@code javascript:} or local file. */
    String url(String text, String path, Location where) {
        String t = text.trim();
        if (URL.matcher(t).matches()) return t;
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be a web address starting with"
                + " https:// or http://, not `" + text + "`", "e.g. `https://www.lawcare.org.uk`"));
        return null;
    }

    String email(String text, String path, Location where) {
        String t = text.trim();
        if (EMAIL.matcher(t).matches()) return t;
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be an email address, not `"
                + text + "`", "e.g. `reverse.mentoring@example.org`"));
        return null;
    }

    String language(String text, String path, Location where) {
        String t = text.trim();
        if (LANGUAGE.matcher(t).matches()) return t;
        problems.add(Problem.error(where, "`" + ShapeChecker.display(path) + "` must be a language tag such as `en-GB`,"
                + " not `" + text + "`", "write `en-GB` for British English, `en-IE` for Irish English, `cy` for Welsh"));
        return null;
    }
}
