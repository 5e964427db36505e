package org.integrationgateway.changecontrol.events;

import java.math.BigDecimal;

/**
 * A change request as events and the audit log show it. Enums are carried by name so that consumers do not depend
 * on change control's types; {@code sourceKind}/{@code sourceReference} identify what caused the request.
 */
public record ChangeRequestSnapshot(long id, long projectId, String title, String origin, String sourceKind,
                                    String sourceReference, String changeClass, String priority, String state,
                                    Integer targetStage, String targetGateName, Long requesterId,
                                    BigDecimal revenueAtStake, String revenueCurrency) {
}
