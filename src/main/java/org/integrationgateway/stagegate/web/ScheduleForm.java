package org.integrationgateway.stagegate.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.ArrayList;
import java.util.List;

/** The form that schedules a gate review. */
class ScheduleForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate scheduledOn;
    private Long chairId;
    private List<Long> gatekeeperIds = new ArrayList<>();

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public void setScheduledOn(LocalDate scheduledOn) {
        this.scheduledOn = scheduledOn;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }

    public List<Long> getGatekeeperIds() {
        return gatekeeperIds;
    }

    public void setGatekeeperIds(List<Long> gatekeeperIds) {
        this.gatekeeperIds = gatekeeperIds;
    }
}
