package org.conflictgraph.query;

import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/** Null-tolerant conversions from driver values, whatever numeric or temporal type the writer chose. */
final class GraphValues {

    private GraphValues() {
    }

    static String str(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.hasType(TypeSystem.getDefault().STRING()) ? v.asString() : v.asObject().toString();
    }

    static Long lng(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().longValue();
    }

    static Double dbl(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().doubleValue();
    }

    static long count(Value v) {
        return v == null || v.isNull() ? 0 : v.asLong();
    }

    static <T> List<T> listOf(Value v, Function<Value, T> each) {
        return v == null || v.isNull() ? List.of() : v.asList(each);
    }

    static <T> T nullable(Value v, Function<Value, T> convert) {
        return v == null || v.isNull() ? null : convert.apply(v);
    }
}
