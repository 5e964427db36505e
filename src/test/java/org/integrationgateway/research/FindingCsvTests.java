package org.integrationgateway.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingCsvTests {

    static final String HEADER = "title,summary,source,segment,evidence,links,sample_size,confidence,observed_on\n";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    final List<int[]> progress = new ArrayList<>();
    final FindingCsv.Progress tracker = new FindingCsv.Progress() {
        @Override
        public void counted(int rows) {
            progress.add(new int[] {rows, -1});
        }

        @Override
        public void checked(int checked, int bad) {
            progress.add(new int[] {checked, bad});
        }
    };

    FindingCsv.Result read(String name, String text) {
        return new FindingCsv(5, TODAY).read(name, text.getBytes(StandardCharsets.UTF_8), tracker);
    }

    @Test
    void readsEveryColumnWithQuotedFieldsLineBreaksAndBothLinkSeparators() {
        FindingCsv.Result result = read("findings.csv", "\uFEFF" + HEADER
                + "Washdown enclosures,\"9 of 12, food\",interview,Food,\"line one\nline two\","
                + "https://a.example/x | https://b.example/y https://c.example,12,high,2025-05-12\n"
                + "Price pressure,,Competitor Analysis,packaging,,,,LOW,2025-04-01\n");
        assertThat(result.good()).isTrue();
        assertThat(result.drafts()).hasSize(2);
        FindingDraft first = result.drafts().get(0);
        assertThat(first.summary()).isEqualTo("9 of 12, food");
        assertThat(first.evidence()).isEqualTo("line one\nline two");
        assertThat(first.links()).containsExactly("https://a.example/x", "https://b.example/y", "https://c.example");
        assertThat(first.source()).isEqualTo(EvidenceSource.INTERVIEW);
        assertThat(first.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(first.sampleSize()).isEqualTo(12);
        assertThat(result.drafts().get(1).source()).isEqualTo(EvidenceSource.COMPETITOR_ANALYSIS);
        assertThat(progress.get(0)).containsExactly(2, -1);
        assertThat(progress.get(progress.size() - 1)).containsExactly(2, 0);
    }

    @Test
    void reportsEveryBadRowWithTheLineItStartsOnAndNoDrafts() {
        FindingCsv.Result result = new FindingCsv(10, TODAY).read("findings.csv", (HEADER
                + "Good,,survey,food,\"two\nlines\",,,high,2025-05-12\n"
                + ",,survey,food,,,,high,2025-05-12\n"
                + "Bad source,,blog,food,,,,high,2025-05-12\n"
                + "Future,,survey,food,,,about 12,high,2099-01-01\n"
                + "Link,,survey,food,,ftp://x.example,,high,12/05/2025\n"
                + "Short,survey\n").getBytes(StandardCharsets.UTF_8), tracker);
        assertThat(result.good()).isFalse();
        assertThat(result.drafts()).isEmpty();
        assertThat(result.failure()).startsWith("5 of 6 rows have problems; nothing was imported.");
        assertThat(result.errors()).extracting(ImportError::line).containsExactly(4, 5, 6, 7, 8);
        assertThat(result.errors().get(0).reason()).isEqualTo("title: Fill in the title.");
        assertThat(result.errors().get(1).reason()).startsWith("source: \"blog\" is not one of survey, interview");
        assertThat(result.errors().get(2).reason()).contains("sample_size: \"about 12\" is not a whole number.")
                .contains("observed_on: The date observed is today or earlier.");
        assertThat(result.errors().get(3).reason()).contains("observed_on: \"12/05/2025\" is not a date like 2025-03-14.");
        assertThat(result.errors().get(4).reason()).startsWith("The row has 2 fields but the header names 9");
    }

    @Test
    void refusesFilesThatAreNotCsvOnLineOne() {
        assertThat(read("findings.xlsx", HEADER).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("This is a .xlsx file, not CSV");
        });
        assertThat(new FindingCsv(5, TODAY).read("upload", new byte[] {'P', 'K', 3, 4, 0, 0}, tracker).failure())
                .startsWith("This is a spreadsheet or archive");
        assertThat(read("findings.csv", "").errors().get(0).reason()).startsWith("The file is empty");
        assertThat(read("findings.csv", HEADER).failure()).isEqualTo("The file has a header but no rows to import.");
        assertThat(read("findings.csv", "title;source;segment\n").failure()).contains("semicolons");
        FindingCsv.Result header = read("findings.csv", "Title,Source,colour,source\n");
        assertThat(header.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
        assertThat(header.failure()).contains("missing columns segment, confidence, observed_on")
                .contains("unknown column colour").contains("repeated column source");
    }

    @Test
    void refusesTextThatIsNotUtf8OnTheLineOfTheBadByte() {
        byte[] latin1 = (HEADER + "Caf\u00e9,,survey,food,,,,high,2025-05-12\n").getBytes(StandardCharsets.ISO_8859_1);
        FindingCsv.Result result = new FindingCsv(5, TODAY).read("findings.csv", latin1, tracker);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("not UTF-8");
        });
        assertThat(new FindingCsv(5, TODAY).read("f.csv", (HEADER).getBytes(StandardCharsets.UTF_16LE), tracker)
                .failure()).contains("binary file");
    }

    @Test
    void refusesAnUnclosedQuoteAndTooManyRows() {
        FindingCsv.Result open = read("findings.csv", HEADER + "A,,survey,food,,,,high,2025-05-12\n"
                + "\"Open,,survey,food,,,,high,2025-05-12\n");
        assertThat(open.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("not closed");
        });
        String row = "A,,survey,food,,,,high,2025-05-12\n";
        FindingCsv.Result many = read("findings.csv", HEADER + row.repeat(6));
        assertThat(many.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.reason()).isEqualTo("The file has more than 5 rows; split it into smaller files.");
        });
        assertThat(read("findings.csv", HEADER + row.repeat(5)).good()).isTrue();
    }
}
