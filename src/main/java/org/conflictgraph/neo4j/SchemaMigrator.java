package org.conflictgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/V<n>__<name>.cypher} in version order at start-up, each file once, and records
 * each applied file as a {@code :SchemaMigration} node so a restart skips it. A failing statement stops start-up
 * with a message naming the file and the statement.
 */
@Component
public class SchemaMigrator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

    private final Driver driver;
    private final String location;

    @org.springframework.beans.factory.annotation.Autowired
    public SchemaMigrator(Driver driver) {
        this(driver, "classpath*:cypher/schema/*.cypher");
    }

    SchemaMigrator(Driver driver, String location) {
        this.driver = driver;
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    /** Applies every file not yet applied; returns the names of the files applied now. */
    public List<String> migrate() {
        List<Migration> migrations = load();
        List<String> appliedNow = new ArrayList<>();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (Migration m : migrations) {
                boolean done = session.executeRead(tx -> tx.run(
                        "MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
                        Map.of("version", m.version())).hasNext());
                if (done) {
                    continue;
                }
                for (String statement : m.statements()) {
                    try {
                        session.run(statement).consume();
                    } catch (Neo4jException e) {
                        throw new DatabaseStartupException("Schema file " + m.file() + " failed at statement:\n  "
                                + statement + "\n" + e.getMessage(), e);
                    }
                }
                session.executeWrite(tx -> tx.run("""
                        MERGE (m:SchemaMigration {version: $version})
                        ON CREATE SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()
                        """, Map.of("version", m.version(), "file", m.file(), "checksum", m.checksum())).consume());
                log.info("Applied schema file {}", m.file());
                appliedNow.add(m.file());
            }
        } catch (ServiceUnavailableException e) {
            throw new DatabaseStartupException("Neo4j is unreachable (" + e.getMessage() + "). Check spring.neo4j.uri "
                    + "and that the server is running, or set conflict-graph.neo4j.embedded=true.", e);
        }
        return appliedNow;
    }

    private List<Migration> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            List<Migration> out = new ArrayList<>();
            for (Resource r : resources) {
                Matcher m = FILE_NAME.matcher(r.getFilename() == null ? "" : r.getFilename());
                if (!m.matches()) {
                    throw new DatabaseStartupException("Schema file " + r.getFilename()
                            + " is not named V<number>__<name>.cypher", null);
                }
                String text;
                try (InputStream in = r.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                out.add(new Migration(Integer.parseInt(m.group(1)), r.getFilename(), split(text), sha256(text)));
            }
            out.sort(Comparator.comparingInt(Migration::version));
            return out;
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot read schema files at " + location + ": " + e.getMessage(), e);
        }
    }

    /** Statements end with ';' at the end of a line; lines starting with '//' are comments. */
    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                statements.add(s.substring(0, s.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Migration(int version, String file, List<String> statements, String checksum) {
        @Override
        public String toString() {
            return file + Arrays.toString(statements.toArray());
        }
    }
}
