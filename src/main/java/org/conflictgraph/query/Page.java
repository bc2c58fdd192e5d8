package org.conflictgraph.query;

import java.util.List;

/**
 * One page of a list: the API's list shape. {@code next} is an opaque cursor for the following page, null on the
 * last one.
 */
public record Page<T>(List<T> items, String next) {
}
