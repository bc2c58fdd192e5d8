package org.conflictgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.conflictgraph.ConflictGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A second service on a locked data directory stops with one clear message, not a stack-trace wall. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureMessageTests {

    @TempDir
    Path dir;

    @Test
    void lockedDataDirectoryEndsStartupWithOneClearMessage(CapturedOutput output) {
        try (var holder = EmbeddedNeo4j.start(dir, 0, EmbeddedNeo4j.parseSize("16m"))) {
            assertThatThrownBy(() -> SpringApplication.run(ConflictGraphApplication.class,
                    "--conflict-graph.test.shared-dbms=false", "--conflict-graph.neo4j.embedded=true",
                    "--conflict-graph.data-dir=" + dir, "--conflict-graph.neo4j.bolt-port=0",
                    "--server.port=0", "--spring.main.banner-mode=off"))
                    .hasRootCauseInstanceOf(Exception.class);
            assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                    .contains("is locked by another running instance");
            assertThat(output.getAll()).doesNotContain("\tat org.neo4j");
            assertThat(holder.boltUri()).isNotNull();
        }
    }
}
