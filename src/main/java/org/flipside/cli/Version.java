package org.flipside.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"flipside " + (version == null ? "development build" : version)};
    }
}
