package org.flipside.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps the libraries quiet (JBake, OrientDB, Flexmark, ical4j, PDFBox) unless {@code --verbose} asks for
 * more, and keeps ical4j off the network: it would otherwise try to update time zone definitions online.
 */
final class Logging {

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static volatile boolean verbose;
    private static volatile boolean levelChosenHere;

    private Logging() {}

    static void quietLibraries() {
        if (System.getProperty(SLF4J_LEVEL) == null || levelChosenHere) {
            System.setProperty(SLF4J_LEVEL, "warn");
            levelChosenHere = true;
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("net.fortuna.ical4j.timezone.update.enabled", "false");
        // ical4j's default cache needs the JCache API, which is not on the classpath, and says so loudly.
        setIfAbsent("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
    }

    /**
     * Lets library messages through from now on. slf4j-simple fixes its level when its first logger is made,
     * which is after the command line is read, so this takes effect for the libraries a command then uses.
     */
    static void setVerbose(boolean on) {
        verbose = on;
        if (on) {
            java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
            if (levelChosenHere) System.setProperty(SLF4J_LEVEL, "info");
        }
    }

    static boolean verbose() {
        return verbose;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
