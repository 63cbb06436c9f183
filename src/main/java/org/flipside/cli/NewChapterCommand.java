package org.flipside.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "chapter", mixinStandardHelpOptions = true,
        description = {"Add a chapter: content/SLUG.md with front matter, the slug made from the title.",
                "Never overwrites a file; says where the chapter will appear in the handbook."})
final class NewChapterCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The chapter's title, e.g. \"Questions people ask\".")
    String title;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", defaultValue = "scheme.yml",
            description = "The scheme file (default: ${DEFAULT-VALUE}); the chapter goes in content/ next to it.")
    Path schemeFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = output.console();
        String cleanTitle = title.strip().replaceAll("\\s+", " ");
        if (cleanTitle.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The title is empty: write one, e.g. flipside new chapter \"Questions people ask\".");
        }
        Path scheme = schemeFile.toAbsolutePath().normalize();
        Path root = scheme.getParent();
        Path contentDir = root.resolve("content");
        String slug = Slug.of(cleanTitle);
        Path file = contentDir.resolve(slug + ".md");
        String shown = root.relativize(file).toString().replace('\\', '/');

        List<ContentFolder.ChapterFile> existing = ContentFolder.chapters(contentDir);
        int order = nextOrder(existing);
        Files.createDirectories(contentDir);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(text(cleanTitle, order).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            System.err.println("flipside new chapter: " + shown + " already exists, so nothing was written. "
                    + "Edit that file, or choose a different title.");
            return ExitCode.INVALID_INPUT;
        }
        List<ContentFolder.ChapterFile> now = ContentFolder.chapters(contentDir);
        console.always("Created " + shown + " (title: " + cleanTitle + ", order: " + order + ").");
        console.info(ChapterPlacement.describe(slug, scheme, now));
        console.info("Next: write the chapter and its one-line summary in " + shown
                + "; `flipside serve` shows it as you save.");
        return ExitCode.OK;
    }

    /** One after the highest {@code order} in content/, so the new chapter comes last among the appended ones. */
    static int nextOrder(List<ContentFolder.ChapterFile> existing) {
        return existing.stream().map(ContentFolder.ChapterFile::order).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max().orElse(0) + 1;
    }

    static String text(String title, int order) {
        return "---\n"
                + "title: " + YamlText.scalar(title) + "\n"
                + "order: " + order + "\n"
                + "summary: " + YamlText.scalar("One sentence saying what this chapter is about") + "\n"
                + "---\n\n"
                + "Write this chapter in plain English, for the people in the scheme. Markdown works here: "
                + "`## Headings`, lists with `-`, **bold** and links.\n\n"
                + "Values from scheme.yml can be used by name, for example ${scheme.name} or ${meetings.count}.\n";
    }
}
