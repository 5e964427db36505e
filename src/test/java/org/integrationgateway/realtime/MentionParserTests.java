package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionParserTests {

    @Test
    void findsHandlesByEmailLocalPartInLowerCaseAndOrderOfFirstMention() {
        assertThat(MentionParser.handles("@Sofia.Marin could you ask @lena-vogt? Thanks @sofia.marin"))
                .containsExactly("sofia.marin", "lena-vogt");
    }

    @Test
    void aFullStopOrCommaAfterAHandleEndsTheSentenceNotTheHandle() {
        assertThat(MentionParser.handles("Ask @sofia.marin. Or @tom, or (@ines_d)!")).containsExactly("sofia.marin", "tom",
                "ines_d");
    }

    @Test
    void anEmailAddressIsNoMention() {
        assertThat(MentionParser.handles("Write to sofia.marin@kestrel.test or a@b")).isEmpty();
    }

    @Test
    void handlesInCodeAreNoMentions() {
        assertThat(MentionParser.handles("""
                Use `@Transactional` here, @lena.
                ```
                @Override
                ```
                """)).containsExactly("lena");
    }

    @Test
    void aLoneAtSignAndBlankTextMentionNobody() {
        assertThat(MentionParser.handles("meet @ 10:00")).isEmpty();
        assertThat(MentionParser.handles(null)).isEmpty();
        assertThat(MentionParser.handles("  ")).isEmpty();
    }

    @Test
    void atMostTwentyMentionsPerText() {
        String many = IntStream.range(0, 30).mapToObj(i -> "@person" + i).collect(Collectors.joining(" "));
        assertThat(MentionParser.handles(many)).hasSize(MentionParser.MAX_MENTIONS);
    }

    @Test
    void theHandleOfAnAddressIsItsLocalPartInLowerCase() {
        assertThat(MentionParser.handleOf("Sofia.Marin@Kestrel.test")).isEqualTo("sofia.marin");
    }
}
