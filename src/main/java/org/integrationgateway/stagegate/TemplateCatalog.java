package org.integrationgateway.stagegate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.stagegate.events.ProcessTemplateCreated;
import org.integrationgateway.stagegate.events.ProcessTemplateRevised;
import org.integrationgateway.stagegate.events.TemplateSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process templates and their revisions. Creating stores revision 1 of a new code; editing stores the next revision
 * and is based on the latest one (an edit based on an older revision is stale: 409). Two simultaneous edits cannot
 * both store the same revision (unique code and revision).
 */
@Service
@Transactional(readOnly = true)
public class TemplateCatalog {

    /** The code of the template that ships with the product (migration V1_5_2). */
    public static final String DEFAULT_CODE = "STANDARD";

    private final ProcessTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateCatalog(ProcessTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** The latest revision of every template, by code. */
    public List<ProcessTemplate> latest() {
        List<Long> ids = templates.latestRevisionIds();
        return templates.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(ProcessTemplate::getCode)).toList();
    }

    public ProcessTemplate revision(long templateId) {
        return templates.findById(templateId).orElseThrow(() -> new NotFoundException("Template", templateId));
    }

    public ProcessTemplate latest(String code) {
        return templates.findFirstByCodeOrderByRevisionDesc(code.toUpperCase())
                .orElseThrow(() -> new NotFoundException("Template", code));
    }

    /** Every revision of a template, newest first. */
    public List<ProcessTemplate> revisions(String code) {
        List<ProcessTemplate> revisions = templates.findByCodeOrderByRevisionDesc(code.toUpperCase());
        if (revisions.isEmpty()) {
            throw new NotFoundException("Template", code);
        }
        return revisions;
    }

    @Transactional
    public ProcessTemplate create(String code, TemplateDefinition definition) {
        if (templates.existsByCode(code.trim().toUpperCase())) {
            throw new ConflictException("duplicate-code", "Another template already has the code " + code.trim() + ".");
        }
        ProcessTemplate template = templates.save(ProcessTemplate.revision(code, 1, definition, now()));
        events.publishEvent(new ProcessTemplateCreated(snapshot(template)));
        return template;
    }

    /**
     * Stores the next revision of {@code code}.
     *
     * @param basedOnRevision the revision the editor started from; must be the latest
     */
    @Transactional
    public ProcessTemplate revise(String code, int basedOnRevision, TemplateDefinition definition) {
        ProcessTemplate latest = latest(code);
        if (latest.getRevision() != basedOnRevision) {
            throw new ConflictException("stale-version", "Template " + latest.getCode() + " was revised by someone else "
                    + "in the meantime (revision " + latest.getRevision() + "). Reload it and apply your change again.");
        }
        ProcessTemplate revised = templates.save(ProcessTemplate.revision(latest.getCode(), latest.getRevision() + 1,
                definition, now()));
        events.publishEvent(new ProcessTemplateRevised(snapshot(latest), snapshot(revised)));
        return revised;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    static TemplateSnapshot snapshot(ProcessTemplate t) {
        return new TemplateSnapshot(t.getId(), t.getCode(), t.getRevision(), t.getName(), t.getDecisionRule().name(),
                t.getStages().stream().map(TemplateStage::getName).toList(),
                t.getStages().stream().map(TemplateStage::getGateName).toList());
    }
}
