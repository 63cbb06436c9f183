package org.flipside.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Keeps the libraries quiet (JBake, OrientDB) unless {@code --verbose} asks for more. */
final class Logging {

    private static volatile boolean verbose;

    private Logging() {}

    static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
    }

    static void setVerbose(boolean on) {
        verbose = on;
        if (on) java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
    }

    static boolean verbose() {
        return verbose;
    }
}
