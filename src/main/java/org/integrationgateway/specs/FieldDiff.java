package org.integrationgateway.specs;

import java.util.List;

/** How one field of an item differs between two revisions, word by word. */
public record FieldDiff(String field, String before, String after, List<DiffSegment> segments) {
}
