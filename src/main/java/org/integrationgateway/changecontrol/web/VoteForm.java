package org.integrationgateway.changecontrol.web;

import java.util.Map;
import org.integrationgateway.changecontrol.VoteChoice;

/** A board member's vote, or the named approver's decision: approve, reject or defer to a later gate, with a comment. */
class VoteForm {

    /** The approver's decision calls the choice "outcome". */
    static final Map<String, String> FIELDS = Map.of("outcome", "choice");

    private VoteChoice choice;
    private Integer deferToStage;
    private String comment;
    private Long version;

    public VoteChoice getChoice() {
        return choice;
    }

    public void setChoice(VoteChoice choice) {
        this.choice = choice;
    }

    public Integer getDeferToStage() {
        return deferToStage;
    }

    public void setDeferToStage(Integer deferToStage) {
        this.deferToStage = deferToStage;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
