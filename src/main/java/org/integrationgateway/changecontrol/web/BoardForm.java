package org.integrationgateway.changecontrol.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.integrationgateway.changecontrol.BoardRule;
import org.integrationgateway.changecontrol.BoardSetup;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ResponseTarget;
import org.integrationgateway.shared.InvalidRequestException;

/** The change control board's settings: members, rule with quorum or approver, a response target per class. */
class BoardForm {

    private List<Long> memberIds = new ArrayList<>();
    private BoardRule rule;
    private Integer quorum;
    private Long approverId;
    private Integer standardAmount;
    private ResponseTarget.Unit standardUnit;
    private Integer normalAmount;
    private ResponseTarget.Unit normalUnit;
    private Integer emergencyAmount;
    private ResponseTarget.Unit emergencyUnit;
    private Long version;

    static BoardForm of(ChangeBoard board) {
        BoardForm form = new BoardForm();
        form.memberIds = new ArrayList<>(board.memberIds());
        form.rule = board.getRule();
        form.quorum = board.getQuorum();
        form.approverId = board.getApprover();
        form.standardAmount = board.getStandardTarget().amount();
        form.standardUnit = board.getStandardTarget().unit();
        form.normalAmount = board.getNormalTarget().amount();
        form.normalUnit = board.getNormalTarget().unit();
        form.emergencyAmount = board.getEmergencyTarget().amount();
        form.emergencyUnit = board.getEmergencyTarget().unit();
        form.version = board.getVersion();
        return form;
    }

    /**
     * The setup as the domain takes it.
     *
     * @throws InvalidRequestException naming the form's field of a missing or out-of-range target
     */
    BoardSetup setup() {
        return new BoardSetup(memberIds.stream().filter(Objects::nonNull).toList(), rule, quorum, approverId,
                target("standard", standardAmount, standardUnit), target("normal", normalAmount, normalUnit),
                target("emergency", emergencyAmount, emergencyUnit));
    }

    private static ResponseTarget target(String prefix, Integer amount, ResponseTarget.Unit unit) {
        if (amount == null) {
            throw new InvalidRequestException(prefix + "Amount", "Give the response target.");
        }
        try {
            return new ResponseTarget(amount, unit);
        } catch (InvalidRequestException refused) {
            throw new InvalidRequestException(prefix + ("unit".equals(refused.field()) ? "Unit" : "Amount"),
                    refused.getMessage());
        }
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
    }

    public BoardRule getRule() {
        return rule;
    }

    public void setRule(BoardRule rule) {
        this.rule = rule;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public Long getApproverId() {
        return approverId;
    }

    public void setApproverId(Long approverId) {
        this.approverId = approverId;
    }

    public Integer getStandardAmount() {
        return standardAmount;
    }

    public void setStandardAmount(Integer standardAmount) {
        this.standardAmount = standardAmount;
    }

    public ResponseTarget.Unit getStandardUnit() {
        return standardUnit;
    }

    public void setStandardUnit(ResponseTarget.Unit standardUnit) {
        this.standardUnit = standardUnit;
    }

    public Integer getNormalAmount() {
        return normalAmount;
    }

    public void setNormalAmount(Integer normalAmount) {
        this.normalAmount = normalAmount;
    }

    public ResponseTarget.Unit getNormalUnit() {
        return normalUnit;
    }

    public void setNormalUnit(ResponseTarget.Unit normalUnit) {
        this.normalUnit = normalUnit;
    }

    public Integer getEmergencyAmount() {
        return emergencyAmount;
    }

    public void setEmergencyAmount(Integer emergencyAmount) {
        this.emergencyAmount = emergencyAmount;
    }

    public ResponseTarget.Unit getEmergencyUnit() {
        return emergencyUnit;
    }

    public void setEmergencyUnit(ResponseTarget.Unit emergencyUnit) {
        this.emergencyUnit = emergencyUnit;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
