package org.conflictgraph.extraction.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateResolverTests {

    private final DateResolver dates = new DateResolver("2015-12-05");

    @Test
    void fullMonthAndYearValuesStay() {
        assertThat(dates.normalize("2015-11-30", "30")).isEqualTo("2015-11-30");
        assertThat(dates.normalize("2015-08", "August")).isEqualTo("2015-08");
        assertThat(dates.normalize("2007", "2007")).isEqualTo("2007");
        assertThat(dates.normalize("2015-12-03TEV", "evening")).isEqualTo("2015-12-03");
    }

    @Test
    void weeksSeasonsAndYearlessDatesResolveAgainstPublication() {
        assertThat(dates.normalize("2015-W49", "week")).isEqualTo("2015-12");
        assertThat(dates.normalize("2014-FA", "autumn")).isEqualTo("2014");
        assertThat(dates.normalize("XXXX-11-28", "Nov.")).isEqualTo("2015-11-28");
        assertThat(dates.normalize("XXXX-12-20", "December")).isEqualTo("2014-12-20");
        assertThat(dates.normalize("XXXX-03", "March")).isEqualTo("2015-03");
    }

    @Test
    void aWeekdayAfterPublicationIsLastWeeks() {
        // published Saturday 2015-12-05: "on Monday" is 2015-11-30, never the coming Monday
        assertThat(dates.normalize("2015-12-07", "Monday")).isEqualTo("2015-11-30");
    }

    @Test
    void vagueReferencesGiveNoDate() {
        assertThat(dates.normalize("PAST_REF", "recently")).isNull();
        assertThat(dates.normalize(null, "x")).isNull();
        assertThat(new DateResolver(null).normalize("XXXX-11-28", "Nov.")).isNull();
    }
}
