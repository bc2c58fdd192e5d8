package org.conflictgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case 2 of the harness: rows/s of one {@code UNWIND $rows … MERGE} statement through {@link Neo4jClient} (the
 * writer's path) vs Spring Data Neo4j's {@code saveAll} on the same rows, both in one transaction.
 */
@Tag("bench")
@SpringBootTest
class WriterBenchmark {

    private static final int ROWS = 2_000;
    private static final int RUNS = 5;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Neo4jTemplate template;

    @Autowired
    TransactionTemplate tx;

    @Node("BenchActor")
    record BenchActor(@Id String id, String name, List<String> aliases, List<String> keys) {
    }

    @Test
    void unwindBatchesAgainstSaveAll() {
        neo4j.query("CREATE CONSTRAINT bench_actor_id IF NOT EXISTS FOR (n:BenchActor) REQUIRE n.id IS UNIQUE").run();
        BenchReport report = new BenchReport("writer");
        List<Double> saveAllMs = new ArrayList<>();
        List<Double> unwindMs = new ArrayList<>();
        for (int run = 0; run < RUNS + 1; run++) {
            List<BenchActor> batchA = rows();
            List<BenchActor> batchB = rows();
            double a = BenchReport.time(() -> tx.executeWithoutResult(s -> template.saveAll(batchA)));
            double b = BenchReport.time(() -> tx.executeWithoutResult(s -> unwind(batchB)));
            if (run > 0) { // the first run warms both paths up
                saveAllMs.add(a);
                unwindMs.add(b);
            }
        }
        Stats saveAll = Stats.of(saveAllMs);
        Stats unwind = Stats.of(unwindMs);
        report.add(new BenchReport.Row("write " + ROWS + " rows: UNWIND (subject) vs saveAll (baseline)", "ms",
                saveAll, unwind, unwind.median() / saveAll.median(), "< 1 (UNWIND faster)", ""));
        report.fact("UNWIND rows/s (median)", Math.round(ROWS / (unwind.median() / 1000)));
        report.fact("saveAll rows/s (median)", Math.round(ROWS / (saveAll.median() / 1000)));
        report.fact("speed-up UNWIND over saveAll", String.format("%.1fx", saveAll.median() / unwind.median()));
        report.write();
        long written = neo4j.query("MATCH (n:BenchActor) RETURN count(n) AS n").fetchAs(Long.class).one().orElse(0L);
        assertThat(written).isGreaterThanOrEqualTo(2L * ROWS * RUNS);
        neo4j.query("MATCH (n:BenchActor) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").run();
    }

    private void unwind(List<BenchActor> batch) {
        List<Map<String, Object>> rows = batch.stream().map(a -> Map.<String, Object>of("id", a.id(),
                "name", a.name(), "aliases", a.aliases(), "keys", a.keys())).toList();
        neo4j.query("""
                UNWIND $rows AS row
                MERGE (n:BenchActor {id: row.id})
                SET n.name = row.name, n.aliases = row.aliases, n.keys = row.keys
                """).bind(rows).to("rows").run();
    }

    private static List<BenchActor> rows() {
        List<BenchActor> out = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String id = UUID.randomUUID().toString();
            out.add(new BenchActor(id, "Name " + i, List.of("Alias " + i, "N" + i), List.of("name " + i)));
        }
        return out;
    }
}
