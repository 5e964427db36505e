package org.integrationgateway.stagegate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.portfolio.Project;

/**
 * The portfolio by stage: one column per stage name (ordered by the stage's position in its template), preceded by
 * projects not started and followed by completed and killed ones.
 */
public record Board(List<Column> columns) {

    public static final String NOT_STARTED = "not-started";
    public static final String COMPLETED = "completed";
    public static final String KILLED = "killed";

    /** {@code key} is a stage name or one of the constants above. */
    public record Column(String key, boolean stage, List<Card> cards) {
    }

    public record Card(long projectId, String code, String name, Long programId, LifecycleState state,
                       String stageName, Integer stageIndex, java.time.LocalDate nextGateOn) {
    }

    static Board of(List<Project> projects, Map<Long, LifecyclePositions.Position> lifecycles,
                    Map<Long, ProcessTemplate> revisions, Map<Long, java.time.LocalDate> nextReviews) {
        Map<String, Integer> stageOrder = new LinkedHashMap<>();
        Map<String, List<Card>> cards = new LinkedHashMap<>();
        List<Card> notStarted = new ArrayList<>();
        List<Card> completed = new ArrayList<>();
        List<Card> killed = new ArrayList<>();
        for (Project project : projects.stream().sorted(Comparator.comparing(Project::getCode)).toList()) {
            LifecyclePositions.Position lifecycle = lifecycles.get(project.getId());
            if (lifecycle == null) {
                notStarted.add(new Card(project.getId(), project.getCode(), project.getName(), project.getProgram(),
                        null, null, null, null));
                continue;
            }
            ProcessTemplate template = revisions.get(lifecycle.processTemplate());
            String stageName = template.stage(lifecycle.currentStage()).getName();
            Card card = new Card(project.getId(), project.getCode(), project.getName(), project.getProgram(),
                    lifecycle.state(), stageName, lifecycle.currentStage(), nextReviews.get(project.getId()));
            switch (lifecycle.state()) {
                case COMPLETED -> completed.add(card);
                case KILLED -> killed.add(card);
                default -> {
                    stageOrder.merge(stageName, lifecycle.currentStage(), Math::min);
                    cards.computeIfAbsent(stageName, key -> new ArrayList<>()).add(card);
                }
            }
            for (int i = 0; i < template.getStages().size(); i++) {
                stageOrder.merge(template.getStages().get(i).getName(), i, Math::min);
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(NOT_STARTED, false, notStarted));
        stageOrder.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> columns.add(new Column(e.getKey(), true, cards.getOrDefault(e.getKey(), List.of()))));
        columns.add(new Column(COMPLETED, false, completed));
        columns.add(new Column(KILLED, false, killed));
        return new Board(columns);
    }
}
