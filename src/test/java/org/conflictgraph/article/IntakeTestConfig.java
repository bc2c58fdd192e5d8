package org.conflictgraph.article;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/** Small intake limits for controller slices. */
@TestConfiguration(proxyBeanMethods = false)
class IntakeTestConfig {

    @Bean
    IntakeProperties intakeProperties() {
        return new IntakeProperties(DataSize.ofKilobytes(1), 8, DataSize.ofKilobytes(2), DataSize.ofKilobytes(4), 1, 3);
    }
}
