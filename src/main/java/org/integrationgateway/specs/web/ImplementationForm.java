package org.integrationgateway.specs.web;

import java.util.ArrayList;
import java.util.List;

/** Implementing an approved change request: the new content of each affected item, and a comment for all of them. */
class ImplementationForm {

    private List<ItemForm> changes = new ArrayList<>();
    private String comment;

    public List<ItemForm> getChanges() {
        return changes;
    }

    public void setChanges(List<ItemForm> changes) {
        this.changes = changes;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
