package org.conflictgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemaMigratorTests {

    @Autowired
    SchemaMigrator migrator;

    @Autowired
    Driver driver;

    @Test
    void everySchemaFileIsRecordedAndApplyingAgainIsANoOp() {
        try (var session = driver.session()) {
            long recorded = session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n").single().get("n").asLong();
            long constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").single().get("n").asLong();
            assertThat(recorded).isGreaterThanOrEqualTo(2);
            assertThat(constraints).isGreaterThanOrEqualTo(12);

            assertThat(migrator.migrate()).isEmpty();

            assertThat(session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n").single().get("n").asLong())
                    .isEqualTo(recorded);
            assertThat(session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").single().get("n").asLong())
                    .isEqualTo(constraints);
        }
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsAndSkipsComments() {
        assertThat(SchemaMigrator.split("// c\nCREATE A;\nCREATE B\n  ON X;\n\n"))
                .containsExactly("CREATE A", "CREATE B\n  ON X");
    }
}
