package org.integrationgateway.research;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * Reads a CSV file of findings and checks every row by the rules of {@link Finding} without saving anything. The
 * file is UTF-8 text (a byte order mark is allowed) with comma-separated fields, quoted with double quotes where they
 * hold commas, quotes or line breaks; its first line names the columns ({@link #COLUMNS}, in any order, case and
 * spaces ignored; {@link #REQUIRED} must be there). A refusal of the whole file (not CSV, not UTF-8, a broken quote,
 * missing or unknown columns, too many rows) is reported on the line where it was found, line 1 for the header or
 * the file as a whole. Every bad row is reported with its line number (the line its record starts on) and reason.
 */
final class FindingCsv {

    /** The columns a file may have, in the order the sample and the documentation show them. */
    static final List<String> COLUMNS = List.of("title", "summary", "source", "segment", "evidence", "links",
            "sample_size", "confidence", "observed_on");
    static final List<String> REQUIRED = List.of("title", "source", "segment", "confidence", "observed_on");

    private static final Pattern LINK_SEPARATORS = Pattern.compile("[|\\s]+");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("title", "title", "summary", "summary",
            "source", "source", "segment", "segment", "evidence", "evidence", "links", "links",
            "sampleSize", "sample_size", "confidence", "confidence", "observedOn", "observed_on");

    /** Told how far reading has got, so that the caller can store and show it. */
    interface Progress {

        /** The file holds {@code rows} rows under its header. */
        void counted(int rows);

        /** {@code checked} rows are checked, {@code bad} of them with problems. */
        void checked(int checked, int bad);
    }

    /**
     * The outcome: the drafts of every row when the file is good; otherwise why not in one sentence ({@code failure})
     * and the lines with their reasons ({@code errors}, all of them).
     */
    record Result(List<FindingDraft> drafts, String failure, List<ImportError> errors) {

        boolean good() {
            return failure == null;
        }
    }

    private final int maxRows;
    private final LocalDate today;

    FindingCsv(int maxRows, LocalDate today) {
        this.maxRows = maxRows;
        this.today = today;
    }

    Result read(String fileName, byte[] content, Progress progress) {
        String refusal = notCsv(fileName, content);
        if (refusal != null) {
            return refused(1, refusal);
        }
        String text;
        try {
            text = decode(content);
        } catch (BadEncoding bad) {
            return refused(bad.line, "The file is not UTF-8 text (an invalid byte on line " + bad.line + "); save it "
                    + "as \"CSV UTF-8\" and upload it again.");
        }
        List<Numbered> records = new ArrayList<>();
        Map<String, Integer> columns;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                return refused(1, "The file is empty: the first line names the columns, e.g. "
                        + String.join(",", COLUMNS) + ".");
            }
            CSVRecord header = iterator.next();
            columns = new LinkedHashMap<>();
            String headerProblem = header(header, columns);
            if (headerProblem != null) {
                return refused(1, headerProblem);
            }
            while (true) {
                long before = parser.getCurrentLineNumber();
                boolean more;
                try {
                    more = iterator.hasNext();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    int line = (int) before + 1;
                    return refused(line, "Line " + line + " has a quoted field that is not closed (a \" is missing);"
                            + " nothing was imported.");
                }
                if (!more) {
                    break;
                }
                CSVRecord record = iterator.next();
                if (records.size() == maxRows) {
                    return refused((int) before + 1, String.format(Locale.ROOT,
                            "The file has more than %,d rows; split it into smaller files.", maxRows));
                }
                records.add(new Numbered((int) before + 1, record));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return refused(1, "The file could not be read as CSV.");
        }
        if (records.isEmpty()) {
            return refused(1, "The file has a header but no rows to import.");
        }
        progress.counted(records.size());
        List<FindingDraft> drafts = new ArrayList<>(records.size());
        List<ImportError> errors = new ArrayList<>();
        int checked = 0;
        for (Numbered numbered : records) {
            try {
                drafts.add(check(numbered.record, columns));
            } catch (BadRow bad) {
                errors.add(new ImportError(numbered.line, bad.getMessage()));
            }
            checked++;
            progress.checked(checked, errors.size());
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), String.format(Locale.ROOT,
                    "%,d of %,d rows have problems; nothing was imported. Correct them and upload the file again.",
                    errors.size(), records.size()), errors);
        }
        return new Result(drafts, null, List.of());
    }

    private static Result refused(int line, String reason) {
        return new Result(List.of(), reason, List.of(new ImportError(line, reason)));
    }

    // ---- the file ---------------------------------------------------------------------------------------------------

    private static String notCsv(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!extension.isEmpty() && !extension.equals("csv") && !extension.equals("txt")) {
            return "This is a ." + extension + " file, not CSV: export it as \"CSV UTF-8\" (comma-separated) and "
                    + "upload that.";
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return "This is a spreadsheet or archive, not CSV: export it as \"CSV UTF-8\" (comma-separated) and "
                    + "upload that.";
        }
        for (int i = 0; i < Math.min(content.length, 8_192); i++) {
            if (content[i] == 0) {
                return "This is a binary file, not CSV text (or it is UTF-16): save it as \"CSV UTF-8\".";
            }
        }
        return null;
    }

    private static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        CharBuffer chars = CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BadEncoding(line);
        }
        decoder.flush(chars);
        chars.flip();
        String text = chars.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String header(CSVRecord header, Map<String, Integer> columns) {
        if (header.size() == 1 && header.get(0).contains(";")) {
            return "The columns are separated by semicolons; the file must be comma-separated (\"CSV UTF-8\").";
        }
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                unknown.add(header.get(i).strip());
            } else if (columns.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problems.add("unknown column" + (unknown.size() == 1 ? " " : "s ") + abbreviate(String.join(", ", unknown)));
        }
        if (!repeated.isEmpty()) {
            problems.add("repeated column" + (repeated.size() == 1 ? " " : "s ") + String.join(", ", repeated));
        }
        if (problems.isEmpty()) {
            return null;
        }
        return "The header (line 1) has " + String.join("; ", problems) + ". The columns are " + String.join(", ", COLUMNS) + "; " + String.join(", ", REQUIRED)
                + " are required.";
    }

    // ---- the rows ---------------------------------------------------------------------------------------------------

    private FindingDraft check(CSVRecord record, Map<String, Integer> columns) {
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (record.size() < width) {
            throw new BadRow("The row has " + record.size() + " field" + (record.size() == 1 ? "" : "s") + " but the "
                    + "header names " + width + " (a missing comma, or a comma inside a field that is not quoted).");
        }
        List<String> problems = new ArrayList<>();
        EvidenceSource source = choice(value(record, columns, "source"), EvidenceSource.class, "source", problems);
        Confidence confidence = choice(value(record, columns, "confidence"), Confidence.class, "confidence",
                problems);
        Integer sampleSize = null;
        String sample = value(record, columns, "sample_size");
        if (sample != null) {
            try {
                sampleSize = Integer.valueOf(sample.replace("_", "").replace(",", ""));
            } catch (NumberFormatException notNumber) {
                problems.add("sample_size: \"" + abbreviate(sample) + "\" is not a whole number.");
            }
        }
        LocalDate observedOn = null;
        String observed = value(record, columns, "observed_on");
        if (observed != null) {
            try {
                observedOn = LocalDate.parse(observed);
            } catch (DateTimeParseException notDate) {
                problems.add("observed_on: \"" + abbreviate(observed) + "\" is not a date like 2025-03-14.");
            }
        }
        String links = value(record, columns, "links");
        FindingDraft draft = new FindingDraft(value(record, columns, "title"), value(record, columns, "summary"),
                source, value(record, columns, "segment"), value(record, columns, "evidence"),
                links == null ? List.of() : Arrays.stream(LINK_SEPARATORS.split(links)).filter(l -> !l.isBlank())
                        .toList(), sampleSize, confidence, observedOn);
        try {
            Finding.surface(draft, null, "import", null, today, Instant.EPOCH);
        } catch (InvalidRequestException invalid) {
            String column = COLUMN_OF_FIELD.getOrDefault(invalid.field(), invalid.field());
            boolean alreadyReported = problems.stream().anyMatch(p -> p.startsWith(column + ":"));
            if (!alreadyReported) {
                problems.add(column + ": " + invalid.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRow(String.join(" ", problems));
        }
        return draft;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String column, List<String> problems) {
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            problems.add(column + ": \"" + abbreviate(value) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private record Numbered(int line, CSVRecord record) {
    }

    private static final class BadRow extends RuntimeException {

        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class BadEncoding extends RuntimeException {

        final int line;

        BadEncoding(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
