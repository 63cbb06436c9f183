package org.flipside.match;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code pairs.csv}: one row per pair, UTF-8 with a byte order mark so spreadsheets read accents right.
 * Never holds answers to sensitive questions. Cells a spreadsheet would run as a formula are neutralised.
 */
public final class PairsCsv {

    static final String[] HEADER = {"mentor_name", "mentor_email", "mentee_name", "mentee_email", "score", "pinned", "reasons"};

    private PairsCsv() {}

    public static void write(MatchResult result, Path file) throws IOException {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord((Object[]) HEADER);
            for (MatchResult.Pair pair : result.pairs()) {
                printer.printRecord(
                        neutralise(pair.mentor().name()),
                        neutralise(pair.mentor().email()),
                        neutralise(pair.mentee().name()),
                        neutralise(pair.mentee().email()),
                        Reasons.points(pair.score()),
                        pair.pinned() ? "yes" : "no",
                        neutralise(Reasons.describeAll(pair.assessment(), false)));
            }
        }
        Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
    }

    /**
     * Prefixes {@code '} to a cell a spreadsheet would treat as a formula (starting with = + - @, a tab or a
     * carriage return), so that {@code =HYPERLINK(...)} in a name is shown as text and never run.
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
