package org.conflictgraph.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code conflict-graph.intake.*}: request limits and the bulk worker pool.
 *
 * @param maxBodySize       largest text or JSON article body (413 above)
 * @param maxJsonDepth      deepest JSON nesting accepted (400 above)
 * @param maxHtmlSize       largest HTML page (pages carry markup, so they may be larger than bodies)
 * @param maxBulkSize       largest bulk request body
 * @param bulkWorkers       threads working through bulk jobs
 * @param bulkQueueCapacity articles waiting in bulk jobs before new jobs are refused with 429
 */
@ConfigurationProperties("conflict-graph.intake")
public record IntakeProperties(@DefaultValue("2MB") DataSize maxBodySize,
                               @DefaultValue("32") int maxJsonDepth,
                               @DefaultValue("5MB") DataSize maxHtmlSize,
                               @DefaultValue("64MB") DataSize maxBulkSize,
                               @DefaultValue("2") int bulkWorkers,
                               @DefaultValue("5000") int bulkQueueCapacity) {

    public static final IntakeProperties DEFAULTS = new IntakeProperties(DataSize.ofMegabytes(2), 32,
            DataSize.ofMegabytes(5), DataSize.ofMegabytes(64), 2, 5000);
}
