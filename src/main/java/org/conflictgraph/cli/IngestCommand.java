package org.conflictgraph.cli;

/** The bulk-ingest client: walks folders and posts articles over HTTP to a running service. */
public final class IngestCommand {

    private IngestCommand() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        System.err.println("ingest: not implemented yet");
        return 2;
    }
}
