package org.integrationgateway.changecontrol.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.changecontrol.AttachmentLink;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;

/**
 * The change request form, quick to fill in on a phone: affected spec items are typed one per line ("SPEC-22
 * mechanical": key, then category) and links one per line (an address, optionally preceded by what it shows).
 */
class ChangeRequestForm {

    /** Domain field names that the form calls differently. */
    static final Map<String, String> FIELDS = Map.of("source.reference", "sourceReference", "source.label", "sourceLabel",
            "source", "sourceKind");

    private String title;
    private String description;
    private Origin origin;
    private ChangeClass changeClass = ChangeClass.NORMAL;
    private Priority priority = Priority.MEDIUM;
    private Integer targetStage;
    private String affectedItems;
    private String links;
    private BigDecimal revenueAtStake;
    private String revenueCurrency;
    private SourceKind sourceKind = SourceKind.NONE;
    private String sourceReference;
    private String sourceLabel;
    private Long version;

    static ChangeRequestForm of(ChangeRequest request) {
        ChangeRequestForm form = new ChangeRequestForm();
        form.title = request.getTitle();
        form.description = request.getDescription();
        form.origin = request.getOrigin();
        form.changeClass = request.getChangeClass();
        form.priority = request.getPriority();
        form.targetStage = request.getTargetStage();
        form.affectedItems = itemsText(request.getAffectedItems());
        form.links = request.getLinks().stream()
                .map(l -> l.label() == null || l.label().equals(l.url()) ? l.url() : l.label() + " " + l.url())
                .collect(Collectors.joining("\n"));
        form.revenueAtStake = request.getRevenueAtStake();
        form.revenueCurrency = request.getRevenueCurrency();
        form.sourceKind = request.getSource().kind();
        form.sourceReference = request.getSource().reference();
        form.sourceLabel = request.getSource().label();
        form.version = request.getVersion();
        return form;
    }

    ChangeRequestDraft draft() {
        SourceReference source = new SourceReference(sourceKind, sourceReference, sourceLabel);
        String currency = revenueAtStake == null ? null : revenueCurrency;
        return new ChangeRequestDraft(title, description, origin, source, priority, changeClass, targetStage,
                items(affectedItems), links(links), revenueAtStake, currency);
    }

    /** "SPEC-22 mechanical" per line: the key, then the category (optional). */
    static List<SpecItemRef> items(String text) {
        List<SpecItemRef> items = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("\\s+", 2);
            items.add(new SpecItemRef(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return items;
    }

    static String itemsText(List<SpecItemRef> items) {
        return items.stream().map(i -> i.category() == null ? i.itemKey() : i.itemKey() + " " + i.category())
                .collect(Collectors.joining("\n"));
    }

    /** An address per line, optionally preceded by a label: "Test report https://wiki.example/r/12". */
    static List<AttachmentLink> links(String text) {
        List<AttachmentLink> links = new ArrayList<>();
        for (String line : lines(text)) {
            int space = line.lastIndexOf(' ');
            String last = space < 0 ? line : line.substring(space + 1);
            if (space > 0 && last.matches("(?i)^https?://.*")) {
                links.add(new AttachmentLink(line.substring(0, space).strip(), last));
            } else {
                links.add(new AttachmentLink(null, line));
            }
        }
        return links;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Origin getOrigin() {
        return origin;
    }

    public void setOrigin(Origin origin) {
        this.origin = origin;
    }

    public ChangeClass getChangeClass() {
        return changeClass;
    }

    public void setChangeClass(ChangeClass changeClass) {
        this.changeClass = changeClass;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Integer getTargetStage() {
        return targetStage;
    }

    public void setTargetStage(Integer targetStage) {
        this.targetStage = targetStage;
    }

    public String getAffectedItems() {
        return affectedItems;
    }

    public void setAffectedItems(String affectedItems) {
        this.affectedItems = affectedItems;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public BigDecimal getRevenueAtStake() {
        return revenueAtStake;
    }

    public void setRevenueAtStake(BigDecimal revenueAtStake) {
        this.revenueAtStake = revenueAtStake;
    }

    public String getRevenueCurrency() {
        return revenueCurrency;
    }

    public void setRevenueCurrency(String revenueCurrency) {
        this.revenueCurrency = revenueCurrency;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(SourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public void setSourceLabel(String sourceLabel) {
        this.sourceLabel = sourceLabel;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
