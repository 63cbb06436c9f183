package org.flipside.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files packaged with Flipside (in the jar, or in {@code target/classes} when run from the build), read
 * the same way in both places: {@code init} copies the starter project from here.
 */
final class BundledFiles {

    static final String ROOT = "org/flipside/init/";

    private BundledFiles() {}

    /** One packaged file; empty when this build of Flipside does not have it. */
    static java.util.Optional<byte[]> file(String name) throws IOException {
        try (InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
        }
    }

    /**
     * Every file under a packaged folder, by path relative to it ({@code /} separated), sorted.
     *
     * @return empty when the folder is not packaged
     */
    static Map<String, byte[]> folder(String name) throws IOException {
        Path location;
        try {
            location = Path.of(BundledFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where Flipside's own files are: " + e.getMessage(), e);
        }
        if (Files.isDirectory(location)) return read(location.resolve(ROOT + name));
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return read(jar.getPath("/" + ROOT + name));
        }
    }

    private static Map<String, byte[]> read(Path top) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(top)) return files;
        try (Stream<Path> walk = Files.walk(top)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = top.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                try {
                    files.put(relative, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
