package org.flipside.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import freemarker.template.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The hardened Freemarker configuration, kept from one build to the next while the template folder's files
 * are unchanged, so that a rebuild in the same process does not parse every template again. Any change to
 * any file in the folder (content, name, added, removed) gives a fresh configuration.
 */
final class TemplateConfigurations {

    private static String lastKey;
    private static Configuration last;

    private TemplateConfigurations() {}

    static synchronized Configuration hardened(JBakeConfiguration config) {
        String key = fingerprint(config.getTemplateFolder());
        if (!key.equals(lastKey)) {
            last = SafeTemplateEngine.hardened(config);
            lastKey = key;
        }
        return last;
    }

    /** The folder's path and a digest of every file's name and bytes. */
    static String fingerprint(File folder) {
        Path root = folder.toPath().toAbsolutePath().normalize();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return root + "\n" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            // Unreadable templates: no reuse; the fresh configuration reports the problem as it always did.
            return root + "\n" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (UncheckedIOException e) {
            return root + "\n" + System.nanoTime();
        }
    }
}
