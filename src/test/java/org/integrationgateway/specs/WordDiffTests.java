package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.specs.DiffSegment.Kind.DELETED;
import static org.integrationgateway.specs.DiffSegment.Kind.EQUAL;
import static org.integrationgateway.specs.DiffSegment.Kind.INSERTED;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.integrationgateway.specs.DiffSegment.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The word diff on known texts, its invariants, and its bound on work. */
class WordDiffTests {

    @Test
    void aReplacedWordIsDeletedThenInsertedBetweenTheWordsKept() {
        assertThat(WordDiff.diff("The conveyor runs at 1,000 mm height.", "The conveyor runs at 1,050 mm height."))
                .containsExactly(seg(EQUAL, "The conveyor runs at "), seg(DELETED, "1,000 "), seg(INSERTED, "1,050 "),
                        seg(EQUAL, "mm height."));
    }

    @Test
    void insertionsAndDeletionsInOneText() {
        assertThat(WordDiff.diff("Contact parts in 304 stainless steel, polished.",
                "Contact parts in 316L stainless steel, electropolished and passivated."))
                .containsExactly(seg(EQUAL, "Contact parts in "), seg(DELETED, "304 "), seg(INSERTED, "316L "),
                        seg(EQUAL, "stainless steel, "), seg(DELETED, "polished."),
                        seg(INSERTED, "electropolished and passivated."));
        assertThat(WordDiff.diff("a b c", "a x b c")).containsExactly(seg(EQUAL, "a "), seg(INSERTED, "x "),
                seg(EQUAL, "b c"));
        assertThat(WordDiff.diff("a x b c", "a b c")).containsExactly(seg(EQUAL, "a "), seg(DELETED, "x "),
                seg(EQUAL, "b c"));
    }

    @Test
    void aWordAppendedAtTheEndKeepsTheLastWordEqual() {
        assertThat(WordDiff.diff("The quick fox", "The quick fox jumps"))
                .containsExactly(seg(EQUAL, "The quick fox"), seg(INSERTED, " jumps"));
        assertThat(WordDiff.diff("The quick fox jumps", "The quick fox"))
                .containsExactly(seg(EQUAL, "The quick fox"), seg(DELETED, " jumps"));
    }

    @Test
    void changedWhitespaceAfterAWordIsAChangeOfTheWhitespaceOnly() {
        assertThat(WordDiff.diff("one two", "one\n\ntwo"))
                .containsExactly(seg(EQUAL, "one"), seg(DELETED, " "), seg(INSERTED, "\n\n"), seg(EQUAL, "two"));
    }

    @Test
    void nullIsEmptyAndIdenticalTextsAreOneEqualRun() {
        assertThat(WordDiff.diff(null, null)).isEmpty();
        assertThat(WordDiff.diff("", null)).isEmpty();
        assertThat(WordDiff.diff(null, "New text")).containsExactly(seg(INSERTED, "New text"));
        assertThat(WordDiff.diff("Old text", "")).containsExactly(seg(DELETED, "Old text"));
        assertThat(WordDiff.diff("  Same text\n", "  Same text\n")).containsExactly(seg(EQUAL, "  Same text\n"));
    }

    @Test
    void completelyDifferentTextsAreOneDeletedAndOneInsertedRun() {
        assertThat(WordDiff.diff("alpha beta gamma", "delta epsilon"))
                .containsExactly(seg(DELETED, "alpha beta gamma"), seg(INSERTED, "delta epsilon"));
    }

    @Test
    void adjacentRunsOfOneKindAreMerged() {
        List<DiffSegment> segments = WordDiff.diff("a b c d e f", "a X b Y Z e f W");
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).kind()).isNotEqualTo(segments.get(i - 1).kind());
        }
        assertThat(segments).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
        assertInvariants("a b c d e f", "a X b Y Z e f W", segments);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of("the cat sat on the mat", "the dog sat on a mat"),
                Arguments.of("  leading spaces kept", "leading spaces kept  "),
                Arguments.of("a a a a b", "b a a a a"),
                Arguments.of("x", "x y x y x"),
                Arguments.of("- item one\n- item two", "- item one\n- item 2\n- item three"),
                Arguments.of("tabs\tand\r\nline ends", "tabs and\nline ends"));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void joiningTheRunsGivesBackBothTexts(String before, String after) {
        assertInvariants(before, after, WordDiff.diff(before, after));
        assertInvariants(after, before, WordDiff.diff(after, before));
    }

    @Test
    void randomEditsKeepTheInvariantsAndFindTheKeptWords() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> words = IntStream.range(0, 1 + random.nextInt(40)).mapToObj(i -> "w" + random.nextInt(8)).toList();
            List<String> edited = new java.util.ArrayList<>(words);
            for (int edit = random.nextInt(6); edit > 0; edit--) {
                int at = random.nextInt(edited.size() + 1);
                if (random.nextBoolean() && at < edited.size()) {
                    edited.remove(at);
                } else {
                    edited.add(at, "n" + random.nextInt(5));
                }
            }
            String before = String.join(" ", words);
            String after = String.join(random.nextBoolean() ? " " : "  ", edited);
            assertInvariants(before, after, WordDiff.diff(before, after));
        }
    }

    @Test
    void aLongTextWithAFewChangesIsDiffedWordByWord() {
        String before = IntStream.range(0, 3_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String after = before.replace("word10 ", "changed10 ").replace("word2990 ", "changed2990 ");
        List<DiffSegment> segments = WordDiff.diff(before, after);
        assertThat(segments).filteredOn(s -> s.kind() == INSERTED).extracting(DiffSegment::text)
                .containsExactly("changed10 ", "changed2990 ");
        assertInvariants(before, after, segments);
    }

    @Test
    void tooMuchWorkFallsBackToOneDeletedAndOneInsertedRunAroundTheCommonEnds() {
        String before = "Start " + IntStream.range(0, 3_000).mapToObj(i -> "a" + i).collect(Collectors.joining(" ")) + " end";
        String after = "Start " + IntStream.range(0, 3_000).mapToObj(i -> "b" + i).collect(Collectors.joining(" ")) + " end";
        List<DiffSegment> segments = WordDiff.diff(before, after);
        assertThat(segments).extracting(DiffSegment::kind).containsExactly(EQUAL, DELETED, INSERTED, EQUAL);
        assertThat(segments.get(0).text()).isEqualTo("Start ");
        assertThat(segments.get(3).text()).isEqualTo("end");
        assertInvariants(before, after, segments);

        String many = IntStream.range(0, WordDiff.MAX_TOKENS + 10).mapToObj(i -> "x" + (i % 7)).collect(Collectors.joining(" "));
        String shuffled = IntStream.range(0, WordDiff.MAX_TOKENS + 10).mapToObj(i -> "x" + (i % 5)).collect(Collectors.joining(" "));
        List<DiffSegment> bounded = WordDiff.diff(many + " z", shuffled + " z");
        assertThat(bounded).extracting(DiffSegment::kind).containsExactly(EQUAL, DELETED, INSERTED, EQUAL);
        assertInvariants(many + " z", shuffled + " z", bounded);
    }

    private static void assertInvariants(String before, String after, List<DiffSegment> segments) {
        assertThat(join(segments, DELETED)).isEqualTo(before);
        assertThat(join(segments, INSERTED)).isEqualTo(after);
    }

    private static String join(List<DiffSegment> segments, Kind side) {
        return segments.stream().filter(s -> s.kind() == EQUAL || s.kind() == side).map(DiffSegment::text)
                .collect(Collectors.joining());
    }

    private static DiffSegment seg(Kind kind, String text) {
        return new DiffSegment(kind, text);
    }
}
