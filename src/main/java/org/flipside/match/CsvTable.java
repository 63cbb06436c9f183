package org.flipside.match;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;

/**
 * A CSV file as a spreadsheet user sees it: a header and numbered rows (the header is row 1, blank rows keep
 * their number). Reads what form tools and spreadsheets export: UTF-8 with or without a byte order mark, or
 * Windows-1252 when the bytes are not valid UTF-8; comma- or semicolon-separated, whichever the header uses.
 */
record CsvTable(String file, List<String> header, List<Row> rows, char delimiter) {

    /** One non-blank row. {@code cells} may be shorter or longer than the header (a ragged row). */
    record Row(int number, List<String> cells) {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads {@code path}; the file is named in messages by its file name only. */
    static CsvTable read(Path path) throws ProblemException {
        String name = path.getFileName().toString();
        try {
            return parse(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error(Location.ofFile(path.toString()),
                    "the file `" + path + "` does not exist", "Check the path and the file name."));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(Location.ofFile(path.toString()),
                    "the file `" + path + "` cannot be read: " + e.getMessage(), "Check that it is a file you may read."));
        }
    }

    static CsvTable parse(String file, byte[] bytes) throws ProblemException {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new ProblemException(Problem.error(Location.ofFile(file), "the file is empty",
                    "Export the responses again, with the header row."));
        }
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(number, List.copyOf(cells)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The row being read when the parser gave up: the one after the last complete row.
            throw new ProblemException(Problem.error(new Location(file, number + 1, 0),
                    "the file cannot be read as CSV (a double quote is probably not closed)",
                    "A value that contains quotes, the separator or a line break must be wrapped in double quotes,"
                            + " with quotes inside it doubled (\"\"). Export the file again from the form tool."));
        }
        return new CsvTable(file, List.copyOf(header), List.copyOf(rows), delimiter);
    }

    /** UTF-8 (without its byte order mark) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes (Excel in many locales). */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The cell at {@code index}, or empty when the row is too short. */
    static String cell(Row row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : "";
    }
}
