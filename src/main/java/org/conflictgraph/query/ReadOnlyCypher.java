package org.conflictgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictgraph.problem.ApiException;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.ForbiddenException;
import org.conflictgraph.problem.RequestTimeoutException;
import org.conflictgraph.problem.ServiceUnavailableException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.springframework.stereotype.Service;

/**
 * Runs researcher Cypher so that the database, not string matching, guarantees it cannot change or leak anything:
 * <ol>
 *   <li>{@code EXPLAIN} first, in its own READ transaction: the planner's query type must be {@code READ_ONLY};</li>
 *   <li>the plan is walked: {@code LoadCSV} (planned as read-only, but reads files and URLs), procedure calls outside
 *       {@link #ALLOWED_PROCEDURES}, {@code CALL { } IN TRANSACTIONS} and administration commands
 *       ({@code SHOW}/{@code TERMINATE} ...) are refused;</li>
 *   <li>the query runs in a READ transaction with a timeout, and at most {@code maxRows} rows are kept.</li>
 * </ol>
 * Every refusal is a problem response with a stable type: {@code cypher-syntax-error}, {@code cypher-error} (400),
 * {@code cypher-not-read-only}, {@code cypher-load-csv-forbidden}, {@code cypher-procedure-not-allowed},
 * {@code cypher-command-not-allowed} (403), {@code cypher-transactions-not-allowed} (400),
 * {@code cypher-timeout} (408), {@code cypher-out-of-memory} (400).
 */
@Service
public class ReadOnlyCypher {

    /** Read procedures researchers may call (lower case; procedure names are case-insensitive). */
    static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.schema.visualization",
            "db.schema.nodetypeproperties", "db.schema.reltypeproperties");

    static final int MAX_QUERY_LENGTH = 100_000;

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*`?([A-Za-z_][\\w.`]*)`?\\s*\\(");

    private final ReadTransactions reads;

    ReadOnlyCypher(ReadTransactions reads) {
        this.reads = reads;
    }

    /** Runs with the configured timeout and row cap. */
    public CypherResult run(String query, Map<String, Object> params) {
        var limits = reads.properties();
        return run(query, params, limits.timeout(), limits.maxRows());
    }

    CypherResult run(String query, Map<String, Object> params, Duration timeout, int maxRows) {
        if (query == null || query.isBlank()) {
            throw new BadInputException("cypher-empty", "Empty query", "query must be a Cypher statement.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadInputException("cypher-too-long", "Query too long",
                    "query must be at most " + MAX_QUERY_LENGTH + " characters.");
        }
        Map<String, Object> p = params == null ? Map.of() : params;
        Duration planning = reads.properties().readTimeout();
        try {
            // planning only (EXPLAIN executes nothing): a cold planner on a busy machine may need seconds that
            // should not count against the query's own timeout; the plan is cached for the run below
            reads.read(planning, tx -> {
                try {
                    check(tx.run("EXPLAIN " + query, p).consume());
                    return null;
                } catch (Neo4jException e) {
                    // translated inside the callback: executeRead would otherwise retry transient failures
                    throw translate(e, planning);
                }
            });
            return reads.read(timeout, tx -> {
                try {
                    return collect(tx, tx.run(query, p), maxRows);
                } catch (Neo4jException e) {
                    throw translate(e, timeout);
                }
            });
        } catch (Neo4jException e) {
            throw translate(e, timeout);
        }
    }

    private static void check(org.neo4j.driver.summary.ResultSummary summary) {
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new ForbiddenException("cypher-not-read-only", "Query is not read-only",
                    "The planner classifies this query as " + summary.queryType() + "; only read-only queries "
                            + "may run here. Writes go through the ingest and review endpoints.");
        }
        if (summary.hasPlan()) {
            walk(summary.plan());
        }
    }

    /** Refuses plans with operators that read outside the graph, call unlisted procedures or run commands. */
    static void walk(Plan plan) {
        String operator = operatorName(plan.operatorType());
        switch (operator) {
            case "loadcsv" -> throw new ForbiddenException("cypher-load-csv-forbidden", "LOAD CSV is not allowed",
                    "LOAD CSV reads files and URLs; query the graph only.");
            case "procedurecall", "procedurecallwithoutresult", "eagerprocedurecall" -> {
                String name = procedureName(plan).orElse("?");
                if (!ALLOWED_PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                    throw new ForbiddenException("cypher-procedure-not-allowed", "Procedure not allowed",
                            "Procedure '" + name + "' may not be called here; allowed: "
                                    + new java.util.TreeSet<>(ALLOWED_PROCEDURES) + ".");
                }
            }
            case "transactionapply", "transactionforeach" -> throw new BadInputException(
                    "cypher-transactions-not-allowed", "CALL IN TRANSACTIONS is not allowed",
                    "CALL { ... } IN TRANSACTIONS cannot run in a read transaction; remove IN TRANSACTIONS.");
            default -> {
                if (operator.startsWith("show") || operator.startsWith("terminate") || operator.startsWith("create")
                        || operator.startsWith("drop") || operator.startsWith("alter")) {
                    throw new ForbiddenException("cypher-command-not-allowed", "Command not allowed",
                            "Administration and schema commands (" + plan.operatorType() + ") may not run here; "
                                    + "use db.schema.visualization(), db.labels() or db.relationshipTypes().");
                }
            }
        }
        for (Plan child : plan.children()) {
            walk(child);
        }
    }

    /** "ProcedureCall@neo4j" -> "procedurecall". */
    static String operatorName(String operatorType) {
        int at = operatorType.indexOf('@');
        return (at < 0 ? operatorType : operatorType.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** The procedure a ProcedureCall operator calls, from its signature or details argument. */
    static Optional<String> procedureName(Plan plan) {
        for (String key : List.of("Signature", "signature", "Details", "details")) {
            Value v = plan.arguments().get(key);
            if (v != null && !v.isNull()) {
                Matcher m = PROCEDURE_NAME.matcher(v.asObject().toString());
                if (m.find()) {
                    return Optional.of(m.group(1).replace("`", ""));
                }
            }
        }
        return Optional.empty();
    }

    private static CypherResult collect(TransactionContext tx, org.neo4j.driver.Result result, int maxRows) {
        List<String> columns = result.keys();
        List<Record> records = new ArrayList<>();
        while (records.size() < maxRows && result.hasNext()) {
            records.add(result.next());
        }
        boolean truncated = result.hasNext();
        Map<String, String> nodeIds = new HashMap<>();
        List<Value> all = new ArrayList<>();
        records.forEach(r -> all.addAll(r.values()));
        var missing = CypherValues.relationshipEnds(all, nodeIds);
        if (!missing.isEmpty()) {
            tx.run("""
                    MATCH (n) WHERE elementId(n) IN $ids
                    RETURN elementId(n) AS elementId, n.id AS id
                    """, Map.of("ids", List.copyOf(missing)))
                    .forEachRemaining(r -> nodeIds.put(r.get("elementId").asString(),
                            CypherValues.idOf(r.get("elementId").asString(), r.get("id"))));
        }
        var values = new CypherValues(nodeIds);
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (Record r : records) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Value v : r.values()) {
                row.add(values.toJson(v));
            }
            rows.add(row);
        }
        return new CypherResult(columns, rows, truncated);
    }

    static ApiException translate(Neo4jException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (e instanceof TransactionTerminatedException || code.contains("TransactionTimedOut")
                || code.contains("Transaction.Terminated") || code.contains("TransactionMarkedAsFailed")
                && message.contains("timed out")) {
            return new RequestTimeoutException("cypher-timeout", "Query timed out",
                    "The query did not finish within " + timeout.toMillis() + " ms; narrow it (labels, indexed "
                            + "properties, LIMIT) and retry.", e);
        }
        if (code.contains("Security.Forbidden") || code.contains("AccessMode")
                || message.contains("not allowed for user") || message.contains("read access mode")) {
            return new ForbiddenException("cypher-not-read-only", "Query is not read-only",
                    "The database refused the query in a read transaction: " + message, e);
        }
        if (code.contains("Statement.SyntaxError")) {
            return new BadInputException("cypher-syntax-error", "Cypher syntax error", message, e);
        }
        if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("OutOfMemory")) {
            return new BadInputException("cypher-out-of-memory", "Query needs too much memory",
                    "The query exceeded the memory allowed for one transaction; aggregate less or add LIMIT.", e);
        }
        if (e instanceof ClientException) {
            return new BadInputException("cypher-error", "Cypher error", message, e);
        }
        return new ServiceUnavailableException("database-unavailable", "Database unavailable",
                "The database could not run the query (" + code + "); retry later.", e);
    }
}
