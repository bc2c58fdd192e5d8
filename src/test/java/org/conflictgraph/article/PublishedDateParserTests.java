package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "05 Dec 201517:30 PM | 2015-12-05T17:30:00",
            "Tue 17/10/201709h42 EAT | 2017-10-17T09:42:00+03:00",
            "APRIL 9, 2018 / 2:38 PM / UPDATED 2 HOURS AGO | 2018-04-09T14:38:00",
            "Last updated: 03/26/2021 2:14 p.m. ET | 2021-03-26T14:14:00-04:00",
            "Last updated: 01/15/2021 9:05 a.m. ET | 2021-01-15T09:05:00-05:00",
            "Wed, 09 Oct 2019 14:10:00 GMT | 2019-10-09T14:10:00Z",
            "Thu, 09 Oct 2019 14:10:00 +0200 | 2019-10-09T14:10:00+02:00",
            "2019-09-15T19:05:00+03:00 | 2019-09-15T19:05:00+03:00",
            "2019-10-02T07:45:00Z | 2019-10-02T07:45:00Z",
            "2014-03-03 | 2014-03-03",
            "Fri 20 Oct 2023 14.30 EEST | 2023-10-20T14:30:00+03:00",
            "3 March 2014, 08:20 | 2014-03-03T08:20:00",
            "Published on Nov. 28, 2020 | 2020-11-28",
            "17.10.2017 | 2017-10-17",
            "12 January 2016 at 10:00 CET | 2016-01-12T10:00:00+01:00",
            "Posted 2022/04/05 | 2022-04-05",
            "Published: 12:30 GMT, 5 December 2015 | 2015-12-05T12:30:00Z",
            "Updated 10:52 AM EDT, Thu October 19, 2023 | 2023-10-19T10:52:00-04:00",
    })
    void parsesOddAndGluedFormatsKeepingTheSourceOffset(String raw, String iso) {
        assertThat(PublishedDateParser.parse(raw)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05 Dec 201517:30 PM", "Last updated: 03/26/2021 2:14 p.m. ET",
            "APRIL 9, 2018 / 2:38 PM / UPDATED 2 HOURS AGO", "Tue 17/10/201709h42 EAT"})
    void recognisesDateLines(String line) {
        assertThat(PublishedDateParser.parseDateLine(line)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The attack on 5 December 2015 killed dozens of people in the city centre.",
            "Human Rights Watch, in a report published March 5, said more than 200 civilians were killed",
            "No date here at all", "31/02/2020"})
    void aSentenceWithADateIsNoDateLine(String line) {
        assertThat(PublishedDateParser.parseDateLine(line)).isEmpty();
    }
}
