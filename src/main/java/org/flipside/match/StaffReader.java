package org.flipside.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;

/**
 * Reads {@code --org staff.csv}: the columns {@code email} and {@code line_manager} (other columns, such as the
 * ones an HR system exports alongside, are ignored). Same encodings and separators as the responses file.
 */
public final class StaffReader {

    private StaffReader() {}

    /** Each person's line manager, by lower-case email; people with no manager are left out. */
    public static Map<String, String> read(Path file) throws ProblemException {
        return read(CsvTable.read(file));
    }

    public static Map<String, String> read(String fileName, byte[] content) throws ProblemException {
        return read(CsvTable.parse(fileName, content));
    }

    private static Map<String, String> read(CsvTable table) throws ProblemException {
        List<Problem> problems = new ArrayList<>();
        int emailColumn = column(table, "email", problems);
        int managerColumn = column(table, "line_manager", problems);
        if (!problems.isEmpty()) throw new ProblemException(problems);
        Map<String, String> managers = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.cells().size() != table.header().size()) {
                problems.add(Problem.error(new Location(table.file(), row.number(), 0), "row " + row.number() + " has "
                        + row.cells().size() + " cells but the header has " + table.header().size(),
                        "Check this row for a missing or extra `" + table.delimiter() + "`."));
                continue;
            }
            String email = email(table, row, emailColumn, problems);
            String manager = email(table, row, managerColumn, problems);
            if (email.isEmpty() || manager.isEmpty()) continue;
            String earlier = managers.putIfAbsent(email, manager);
            if (earlier != null && !earlier.equals(manager)) {
                problems.add(Problem.error(new Location(table.file(), row.number(), emailColumn + 1),
                        "`" + email + "` is listed twice with different line managers (`" + earlier + "` and `" + manager + "`)",
                        "Keep the row with the current line manager."));
            }
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);
        return managers;
    }

    private static int column(CsvTable table, String heading, List<Problem> problems) {
        for (int i = 0; i < table.header().size(); i++) {
            String key = table.header().get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (key.equals(heading)) return i;
        }
        problems.add(Problem.error(new Location(table.file(), 1, 0), "the required column `" + heading + "` is missing",
                "The staff file needs the columns `email` and `line_manager` (the manager's email)."));
        return -1;
    }

    private static String email(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
        String value = CsvTable.cell(row, column).strip();
        if (value.isEmpty()) return "";
        if (!value.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Problem.error(new Location(table.file(), row.number(), column + 1),
                    "`" + value + "` is not an email address", "Write an address such as name@example.org."));
            return "";
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
