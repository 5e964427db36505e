package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a {@link Quote}, numbered from 1 and never reused. An OPTION line carries the option's spec item key and
 * the revision it was quoted at, quantity, unit price and lead time, as the offer catalogue gave them. A
 * CUSTOMISATION line carries the customer's wording, when they want it and the value at stake, the change request it
 * raised and the project's answer: feasible with the price delta (what the customer pays for it) and schedule delta,
 * or not with the reason, and when it was asked, due and answered.
 */
@Table("quote_line")
public class QuoteLine {

    private final int number;
    private final LineKind kind;
    private LineStatus status;
    private final String itemKey;
    private final Integer itemRevision;
    private final String description;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final Integer leadTimeDays;
    private final LocalDate wantedBy;
    private final BigDecimal lineValue;
    private Long changeRequest;
    private CustomisationAnswer answer;
    private BigDecimal priceDelta;
    private BigDecimal costDelta;
    private String costCurrency;
    private Integer scheduleDeltaDays;
    private String answerNote;
    private Instant askedAt;
    private Instant answerDue;
    private Instant answeredAt;
    private final Integer rewords;

    @PersistenceCreator
    QuoteLine(int number, LineKind kind, LineStatus status, String itemKey, Integer itemRevision, String description,
              int quantity, BigDecimal unitPrice, Integer leadTimeDays, LocalDate wantedBy, BigDecimal lineValue,
              Long changeRequest, CustomisationAnswer answer, BigDecimal priceDelta, BigDecimal costDelta,
              String costCurrency, Integer scheduleDeltaDays, String answerNote, Instant askedAt, Instant answerDue,
              Instant answeredAt, Integer rewords) {
        this.number = number;
        this.kind = kind;
        this.status = status;
        this.itemKey = itemKey;
        this.itemRevision = itemRevision;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.leadTimeDays = leadTimeDays;
        this.wantedBy = wantedBy;
        this.lineValue = lineValue;
        this.changeRequest = changeRequest;
        this.answer = answer;
        this.priceDelta = priceDelta;
        this.costDelta = costDelta;
        this.costCurrency = costCurrency;
        this.scheduleDeltaDays = scheduleDeltaDays;
        this.answerNote = answerNote;
        this.askedAt = askedAt;
        this.answerDue = answerDue;
        this.answeredAt = answeredAt;
        this.rewords = rewords;
    }

    static QuoteLine option(int number, String itemKey, int revision, String title, int quantity, BigDecimal unitPrice,
                            Integer leadTimeDays) {
        return new QuoteLine(number, LineKind.OPTION, LineStatus.ACTIVE, itemKey, revision, title, quantity, unitPrice,
                leadTimeDays, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static QuoteLine customisation(int number, CustomisationInput input, Integer rewords, Instant now) {
        return new QuoteLine(number, LineKind.CUSTOMISATION, LineStatus.ACTIVE, null, null, input.wording(), 1, null,
                null, input.wantedBy(), input.value(), null, CustomisationAnswer.OPEN, null, null, null, null, null, now,
                null, null, rewords);
    }

    /** The change request this customisation raised, and when the board's answer is due. */
    void asked(long changeRequestId, Instant due) {
        this.changeRequest = changeRequestId;
        this.answerDue = due;
    }

    /**
     * Records the project's answer; returns false (and changes nothing) when it is the answer already recorded, so
     * that the same change request event delivered twice has no effect.
     */
    boolean answered(CustomisationAnswer newAnswer, BigDecimal newPriceDelta, BigDecimal newCostDelta,
                     String newCostCurrency, Integer newScheduleDelta, String note, Instant due, Instant at) {
        boolean same = newAnswer == answer && equal(newPriceDelta, priceDelta) && equal(newCostDelta, costDelta)
                && java.util.Objects.equals(newCostCurrency, costCurrency)
                && java.util.Objects.equals(newScheduleDelta, scheduleDeltaDays)
                && java.util.Objects.equals(note, answerNote) && java.util.Objects.equals(due, answerDue);
        if (same) {
            return false;
        }
        answer = newAnswer;
        priceDelta = newPriceDelta;
        costDelta = newCostDelta;
        costCurrency = newCostCurrency;
        scheduleDeltaDays = newScheduleDelta;
        answerNote = note;
        answerDue = due;
        answeredAt = newAnswer.pending() ? null : at;
        return true;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    void retire(LineStatus newStatus) {
        status = newStatus;
    }

    public boolean active() {
        return status == LineStatus.ACTIVE;
    }

    public boolean isCustomisation() {
        return kind == LineKind.CUSTOMISATION;
    }

    /** An active customisation still waiting for the project. */
    public boolean pending() {
        return active() && isCustomisation() && answer != null && answer.pending();
    }

    /** An active customisation the project said no to. */
    public boolean refused() {
        return active() && isCustomisation() && answer != null && answer.refused();
    }

    /** What the line adds to the quote's total: quantity × unit price, or a feasible customisation's price delta. */
    public BigDecimal amount() {
        if (kind == LineKind.OPTION) {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
        return answer == CustomisationAnswer.FEASIBLE && priceDelta != null ? priceDelta : BigDecimal.ZERO;
    }

    /** How long the answer took (or has taken so far, at {@code now}); null for options. */
    public Duration waited(Instant now) {
        if (askedAt == null) {
            return null;
        }
        return Duration.between(askedAt, answeredAt != null ? answeredAt : now);
    }

    /** The change request's source reference for this line of quote {@code quoteId}. */
    public static String sourceReference(long quoteId, int number) {
        return quoteId + ":" + number;
    }

    public int getNumber() {
        return number;
    }

    public LineKind getKind() {
        return kind;
    }

    public LineStatus getStatus() {
        return status;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Integer getItemRevision() {
        return itemRevision;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public BigDecimal getLineValue() {
        return lineValue;
    }

    public Long getChangeRequest() {
        return changeRequest;
    }

    public CustomisationAnswer getAnswer() {
        return answer;
    }

    public BigDecimal getPriceDelta() {
        return priceDelta;
    }

    public BigDecimal getCostDelta() {
        return costDelta;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public Integer getScheduleDeltaDays() {
        return scheduleDeltaDays;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getAnswerDue() {
        return answerDue;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getRewords() {
        return rewords;
    }
}
