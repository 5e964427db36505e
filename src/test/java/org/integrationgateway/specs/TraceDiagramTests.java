package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.integrationgateway.shared.TraceNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TraceDiagramTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    private final TraceNode finding = new TraceNode("RESEARCH_FINDING", "RF-7", "research finding RF-7", null);
    private final TraceNode request = new TraceNode("CHANGE_REQUEST", "5", "CR-5 <script>alert('x')</script> & co", 1L);
    private final TraceNode revision = new TraceNode("ITEM_REVISION", "9", "SPEC-1 r2 \"Height\"\u0001", 1L);
    private final TraceNode variant = new TraceNode("VARIANT", "3", "Variant Orchid", 1L);

    @Test
    void nodesStandInColumnsByDistanceFromTheStart() {
        TraceGraph graph = new TraceGraph(request, TraceDirection.BOTH, List.of(request, finding, revision, variant),
                List.of(link(1, finding, request, "raised", false), link(2, request, revision, "revised", false),
                        link(3, revision, variant, "overridden in", true)));

        assertThat(TraceDiagram.columns(graph)).containsEntry("CHANGE_REQUEST:5", 0)
                .containsEntry("RESEARCH_FINDING:RF-7", -1).containsEntry("ITEM_REVISION:9", 1)
                .containsEntry("VARIANT:3", 2);
    }

    @Test
    void everyLabelIsEscapedAndThePictureIsWellFormedXml() throws Exception {
        TraceGraph graph = new TraceGraph(request, TraceDirection.BOTH, List.of(request, finding, revision, variant),
                List.of(link(1, finding, request, "raised", false), link(2, request, revision, "<b>revised</b>", false),
                        link(3, revision, variant, "overridden in", true)));

        String svg = TraceDiagram.svg(graph);

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0001")
                .contains("&lt;script&gt;").contains("&amp; co").contains("&lt;b&gt;revised")
                .contains("&quot;Height&quot;").contains("overridden in (suspect)").contains("stroke-dasharray");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void variantsDeliverablesAndAcceptancesAreDownstreamOfARevision() {
        assertThat(SuspectLinkPolicy.DOWNSTREAM).containsExactlyInAnyOrder("VARIANT", "DELIVERABLE", "ACCEPTANCE");
        assertThat(SuspectLinkPolicy.reason("SPEC-22", 2, 3)).isEqualTo("SPEC-22 r2 superseded by r3");
    }

    private static TraceLink link(long id, TraceNode from, TraceNode to, String relation, boolean suspect) {
        return new TraceLink(id, from.type(), from.id(), from.label(), from.projectId(), to.type(), to.id(), to.label(),
                to.projectId(), relation, NOW, suspect, suspect ? NOW : null, suspect ? "SPEC-1 r2 superseded by r3" : null,
                null, null, 0L);
    }
}
