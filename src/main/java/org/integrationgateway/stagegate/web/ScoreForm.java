package org.integrationgateway.stagegate.web;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.ScorecardInput;

/** The scorecard form: per criterion (by index) met yes/no or a score 0–10, with an optional note. */
class ScoreForm {

    private Decision recommendation;
    private String comment;
    private List<String> met = new ArrayList<>();
    private List<Integer> score = new ArrayList<>();
    private List<String> notes = new ArrayList<>();

    ScorecardInput input(int criteria) {
        List<ScorecardInput.Answer> answers = new ArrayList<>();
        for (int i = 0; i < criteria; i++) {
            String m = i < met.size() ? met.get(i) : null;
            answers.add(new ScorecardInput.Answer(i, m == null || m.isBlank() ? null : Boolean.valueOf(m),
                    i < score.size() ? score.get(i) : null, i < notes.size() ? notes.get(i) : null));
        }
        return new ScorecardInput(recommendation, comment, answers);
    }

    public Decision getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Decision recommendation) {
        this.recommendation = recommendation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<String> getMet() {
        return met;
    }

    public void setMet(List<String> met) {
        this.met = met;
    }

    public List<Integer> getScore() {
        return score;
    }

    public void setScore(List<Integer> score) {
        this.score = score;
    }

    public List<String> getNotes() {
        return notes;
    }

    public void setNotes(List<String> notes) {
        this.notes = notes;
    }
}
