package org.conflictgraph.extraction;

import java.time.Duration;

import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExtractionConfig {

    @Bean
    ArticleExtractor articleExtractor(@Value("${conflict-graph.extraction.timeout:120s}") Duration timeout,
                                      @Value("${conflict-graph.extraction.threads:2}") int threads) {
        return new CoreNlpArticleExtractor(timeout, threads);
    }
}
