package org.conflictgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A researcher query from {@code cypher/queries/<name>.cypher}. The file starts with a header of line comments:
 * <pre>
 * // name: disputed-killings                 (must equal the file name)
 * // description: what it answers
 * // params: place string                    (required)
 * // params: year string null                (optional, null when not given)
 * // params: limit int 25                    (optional, 25 when not given)
 * </pre>
 * one {@code params} line per parameter: name, type ({@code string}, {@code int}, {@code float}, {@code boolean})
 * and an optional default. The rest of the file is one read-only Cypher statement using {@code $name}.
 */
record NamedQuery(String name, String description, List<Param> params, @JsonIgnore String cypher) {

    /**
     * @param defaultValue the default, already of the parameter's type; null with {@code required} false means
     *                     "null when not given"
     */
    record Param(String name, String type, Object defaultValue, boolean required) {
    }

    static final List<String> TYPES = List.of("string", "int", "float", "boolean");

    /** Parses a query file; throws IllegalArgumentException naming the file and what is wrong with it. */
    static NamedQuery parse(String fileName, String text) {
        String expectedName = fileName.endsWith(".cypher") ? fileName.substring(0, fileName.length() - 7) : fileName;
        String name = null;
        String description = null;
        List<Param> params = new ArrayList<>();
        StringBuilder cypher = new StringBuilder();
        boolean header = true;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (header && t.startsWith("//")) {
                String c = t.substring(2).strip();
                int colon = c.indexOf(':');
                String key = colon < 0 ? "" : c.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : c.substring(colon + 1).strip();
                switch (key) {
                    case "name" -> name = value;
                    case "description" -> description = description == null ? value : description + " " + value;
                    case "params", "param" -> params.add(param(fileName, value));
                    default -> { } // any other comment
                }
                continue;
            }
            if (header && t.isEmpty()) {
                continue;
            }
            header = false;
            cypher.append(line).append('\n');
        }
        if (name == null || !name.equals(expectedName)) {
            throw new IllegalArgumentException(fileName + ": the header needs '// name: " + expectedName + "'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(fileName + ": the header needs '// description: ...'");
        }
        String body = cypher.toString().strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no Cypher after the header");
        }
        return new NamedQuery(name, description, List.copyOf(params), body);
    }

    private static Param param(String fileName, String spec) {
        String[] parts = spec.split("\\s+", 3);
        if (parts.length < 2 || !TYPES.contains(parts[1].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(fileName + ": '// params: " + spec + "' must be 'name type [default]' "
                    + "with type one of " + TYPES);
        }
        String type = parts[1].toLowerCase(Locale.ROOT);
        if (parts.length == 2) {
            return new Param(parts[0], type, null, true);
        }
        String raw = parts[2].strip();
        Object value = raw.equals("null") ? null : coerce(parts[0], type, raw);
        return new Param(parts[0], type, value, false);
    }

    /** A value of the parameter's type from JSON (number, string, boolean) or text; null stays null. */
    static Object coerce(String name, String type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case "int" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        ? n.longValue() : Long.parseLong(value.toString().strip());
                case "float" -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
                case "boolean" -> value instanceof Boolean b ? b : parseBoolean(value.toString());
                default -> value instanceof String s ? s : value.toString();
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be " + type + ", was '" + value + "'", e);
        }
    }

    private static boolean parseBoolean(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException(s);
        };
    }
}
