package org.integrationgateway.shared;

/**
 * A thing in the traceability graph, named across modules by a {@code type} from {@link TraceNode.Types} (or a later
 * module's own), the owning module's {@code id} of it, a human {@code label} and the {@code projectId} it belongs
 * to (null when it belongs to none, e.g. a research finding before it is interpreted).
 */
public record TraceNode(String type, String id, String label, Long projectId) {

    /** Node types known today; later modules may add their own. */
    public static final class Types {
        public static final String RESEARCH_FINDING = "RESEARCH_FINDING";
        public static final String CUSTOMER_REQUEST = "CUSTOMER_REQUEST";
        public static final String QUOTE_LINE = "QUOTE_LINE";
        public static final String ORDER = "ORDER";
        public static final String MEETING = "MEETING";
        public static final String CHANGE_REQUEST = "CHANGE_REQUEST";
        public static final String GATE_REVIEW = "GATE_REVIEW";
        public static final String BASELINE = "BASELINE";
        public static final String ITEM_REVISION = "ITEM_REVISION";
        public static final String VARIANT = "VARIANT";
        public static final String DELIVERABLE = "DELIVERABLE";
        public static final String ACCEPTANCE = "ACCEPTANCE";
        public static final String BOOKING = "BOOKING";

        private Types() {
        }
    }
}
