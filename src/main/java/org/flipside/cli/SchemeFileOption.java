package org.flipside.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The scheme file argument: {@code scheme.yml} in the current folder unless named. */
final class SchemeFileOption {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "scheme.yml",
            description = "The scheme file (default: ${DEFAULT-VALUE}). Its folder is the project folder.")
    Path file;

    Path file() {
        return file.toAbsolutePath().normalize();
    }

    Path projectRoot() {
        return file().getParent();
    }
}
