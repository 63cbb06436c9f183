package org.flipside.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** How the user can run Flipside again, for hints: {@code java -jar /path/flipside.jar} when run from the jar. */
final class Invocation {

    private Invocation() {}

    static String command() {
        try {
            Path location = Path.of(Invocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                // Absolute, because the next hint is usually to cd into the new project.
                String path = location.toString();
                return "java -jar " + (path.contains(" ") ? "\"" + path + "\"" : path);
            }
        } catch (Exception e) {
            // Fall through to the plain name: this is only a hint.
        }
        return "flipside";
    }
}
