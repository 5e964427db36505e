package org.integrationgateway.specs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.specs.DiffSegment.Kind;

/**
 * Word-level difference of two texts: the later text as runs of words kept, inserted and deleted (whitespace kept
 * with the word before it), so that joining the EQUAL and DELETED runs gives the earlier text and joining EQUAL and
 * INSERTED runs gives the later one. Null is treated as empty.
 * <p>
 * The texts are cut into tokens of a word and the whitespace after it; tokens match on their word, so a word whose
 * following whitespace changed stays EQUAL and only the whitespace is deleted and inserted. The common beginning and
 * end are taken off first, the middle is diffed with Myers' algorithm (the shortest edit script), and within each
 * changed stretch the deleted words come before the inserted ones, adjacent runs of one kind merged. The work is
 * bounded: a middle of more than {@value #MAX_TOKENS} tokens on a side, or one needing more than {@value #MAX_EDITS}
 * word edits, is reported as one DELETED run followed by one INSERTED run.
 */
public final class WordDiff {

    static final int MAX_TOKENS = 5_000;
    static final int MAX_EDITS = 1_000;

    private WordDiff() {
    }

    public static List<DiffSegment> diff(String before, String after) {
        List<Token> a = tokens(before == null ? "" : before);
        List<Token> b = tokens(after == null ? "" : after);
        Segments out = new Segments();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            out.add(Kind.EQUAL, a.get(start).text());
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Token> middleA = a.subList(start, endA);
        List<Token> middleB = b.subList(start, endB);
        if (!middle(middleA, middleB, out)) {
            middleA.forEach(t -> out.add(Kind.DELETED, t.text()));
            middleB.forEach(t -> out.add(Kind.INSERTED, t.text()));
        }
        for (int i = endA; i < a.size(); i++) {
            out.add(Kind.EQUAL, a.get(i).text());
        }
        return out.finish();
    }

    /** Diffs the middles word by word into {@code out}; false (writing nothing) when that is too much work. */
    private static boolean middle(List<Token> a, List<Token> b, Segments out) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            return false;
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream().mapToInt(t -> ids.computeIfAbsent(t.word(), w -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(t -> ids.computeIfAbsent(t.word(), w -> ids.size())).toArray();
        List<int[]> script = myers(x, y);
        if (script == null) {
            return false;
        }
        for (int[] step : script) {
            if (step[0] >= 0 && step[1] >= 0) {
                Token was = a.get(step[0]);
                Token now = b.get(step[1]);
                out.add(Kind.EQUAL, was.word());
                if (!was.space().equals(now.space())) {
                    out.add(Kind.DELETED, was.space());
                    out.add(Kind.INSERTED, now.space());
                } else {
                    out.add(Kind.EQUAL, was.space());
                }
            } else if (step[0] >= 0) {
                out.add(Kind.DELETED, a.get(step[0]).text());
            } else {
                out.add(Kind.INSERTED, b.get(step[1]).text());
            }
        }
        return true;
    }

    /**
     * Myers' shortest edit script of {@code a} into {@code b} as steps {index in a, index in b}, -1 for the side
     * without the token (so {i, -1} deletes a[i], {-1, j} inserts b[j], {i, j} keeps it); null beyond MAX_EDITS.
     */
    private static List<int[]> myers(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= Math.min(max, MAX_EDITS) && found < 0; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int xs = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int ys = xs - k;
                while (xs < n && ys < m && a[xs] == b[ys]) {
                    xs++;
                    ys++;
                }
                v[offset + k] = xs;
                if (xs >= n && ys >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        List<int[]> steps = new ArrayList<>();
        int xs = n;
        int ys = m;
        for (int d = found; d >= 0; d--) {
            int[] snapshot = trace.get(d);
            int k = xs - ys;
            int previousK = k == -d || (k != d && at(snapshot, d, k - 1) < at(snapshot, d, k + 1)) ? k + 1 : k - 1;
            int previousX = at(snapshot, d, previousK);
            int previousY = previousX - previousK;
            while (xs > previousX && ys > previousY) {
                xs--;
                ys--;
                steps.add(new int[] {xs, ys});
            }
            if (d > 0) {
                steps.add(xs == previousX ? new int[] {-1, previousY} : new int[] {previousX, -1});
            }
            xs = previousX;
            ys = previousY;
        }
        java.util.Collections.reverse(steps);
        return steps;
    }

    /** V[k] in the snapshot taken before step {@code d} (which holds k from -d-1 to d+1). */
    private static int at(int[] snapshot, int d, int k) {
        return snapshot[k + d + 1];
    }

    /** Words with the whitespace after each; leading whitespace is a token of its own (with an empty word). */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int wordStart = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int spaceStart = i;
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(text.substring(wordStart, spaceStart), text.substring(spaceStart, i)));
        }
        return tokens;
    }

    record Token(String word, String space) {

        String text() {
            return word + space;
        }
    }

    /**
     * Collects runs: EQUAL text closes a changed stretch; within a stretch the deletions are joined into one DELETED
     * run placed before one INSERTED run.
     */
    private static final class Segments {

        private final List<DiffSegment> segments = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            switch (kind) {
                case EQUAL -> {
                    flushChanges();
                    equal.append(text);
                }
                case DELETED -> {
                    flushEqual();
                    deleted.append(text);
                }
                case INSERTED -> {
                    flushEqual();
                    inserted.append(text);
                }
            }
        }

        List<DiffSegment> finish() {
            flushEqual();
            flushChanges();
            return List.copyOf(segments);
        }

        private void flushEqual() {
            if (!equal.isEmpty()) {
                segments.add(new DiffSegment(Kind.EQUAL, equal.toString()));
                equal.setLength(0);
            }
        }

        private void flushChanges() {
            if (!deleted.isEmpty()) {
                segments.add(new DiffSegment(Kind.DELETED, deleted.toString()));
                deleted.setLength(0);
            }
            if (!inserted.isEmpty()) {
                segments.add(new DiffSegment(Kind.INSERTED, inserted.toString()));
                inserted.setLength(0);
            }
        }
    }
}
