package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, Main.run("no-such-command"));
    }

    @Test
    void versionAndHelpSucceed() {
        assertEquals(ExitCode.OK, Main.run("--version"));
        assertEquals(ExitCode.OK, Main.run("build", "--help"));
    }
}
