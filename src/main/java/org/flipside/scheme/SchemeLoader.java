package org.flipside.scheme;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.flipside.scheme.Value.MapValue;

/**
 * Loads, validates and completes a scheme file. The steps, each collecting problems rather than stopping
 * at the first: read the YAML safely ({@link YamlReader}), check every key and type ({@link ShapeChecker}
 * against {@link KeyTable}), merge over the built-in defaults ({@link Defaults}), check required keys,
 * bind the model ({@link Binder}), then check cross-references, files, placeholders and find warnings.
 */
public final class SchemeLoader {

    private SchemeLoader() {}

    /**
     * Reads {@code schemeFile}, validates it against SCHEME.md, fills every absent block from the defaults.
     *
     * @param projectRoot the folder holding {@code content/}, {@code themes/}; paths in the scheme must stay inside it
     * @param buildDate   the date warnings are judged against (signposting checked within twelve months)
     * @throws ProblemException with every error found (and the warnings found with them)
     */
    public static LoadedScheme load(Path schemeFile, Path projectRoot, LocalDate buildDate) throws ProblemException {
        String name = displayName(schemeFile, projectRoot);
        Defaults.loadAhead();
        YamlReader.Source source = YamlReader.read(schemeFile, name);
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        MapValue user;
        try {
            user = ShapeChecker.check(source.root(), name, source.text(), problems, reported);
        } catch (ShapeChecker.TooLarge e) {
            throw new ProblemException(Problem.error(Location.ofFile(name), "the file expands to far more values than"
                    + " a scheme holds (through aliases)", "write the values out instead of using `&` and `*`"));
        }
        MapValue merged = Defaults.merge(user, Defaults.load(), problems);
        RequiredKeys.check(merged, name, problems, reported);

        SourceMap sources = Binder.sources(user, name);
        Scheme scheme = Binder.bind(merged, sources);
        CrossReferences.check(scheme, problems);
        ProjectFiles.check(scheme, projectRoot, user.map("handbook") != null
                && user.map("handbook").get("chapters") != null, problems);
        Map<String, PhaseDates.Span> phases = PhaseDates.compute(scheme, problems);
        new PlaceholderCheck(scheme, name, source.text(), problems).check(merged, KeyTable.ROOT);

        List<Problem> warnings = Warnings.find(scheme, buildDate, phases);
        List<Problem> errors = problems.stream().filter(Problem::isError)
                .sorted(Comparator.comparing((Problem p) -> !p.location().file().equals(name))
                        .thenComparingInt(p -> p.location().line())
                        .thenComparingInt(p -> p.location().column()))
                .toList();
        if (!errors.isEmpty()) {
            List<Problem> all = new ArrayList<>(errors);
            all.addAll(warnings);
            throw new ProblemException(all);
        }
        return new LoadedScheme(scheme, List.copyOf(warnings));
    }

    /**
     * How messages name the file: its path relative to the project folder when it is inside it
     * ({@code scheme.yml}), else the path as given.
     */
    static String displayName(Path schemeFile, Path projectRoot) {
        Path file = schemeFile.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        if (file.startsWith(root)) return root.relativize(file).toString().replace('\\', '/');
        return schemeFile.toString();
    }
}
