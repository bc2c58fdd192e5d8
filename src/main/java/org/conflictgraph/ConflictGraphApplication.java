package org.conflictgraph;

import org.conflictgraph.cli.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. {@code java -jar conflict-graph.jar} runs the service; {@code java -jar conflict-graph.jar ingest PATH...}
 * runs the bulk-ingest client, which talks HTTP to a running service and never starts Spring or the database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConflictGraphApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "ingest".equals(args[0])) {
            System.exit(IngestCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ConflictGraphApplication.class, args);
    }
}
