package org.integrationgateway.stagegate.spi;

import java.util.List;

/**
 * Contributes items to the agenda of a gate review; every Spring bean implementing it is asked, in
 * {@link org.springframework.core.annotation.Order} order, each time an agenda is shown. Implementations only read,
 * must be fast, and return an empty list when they have nothing for the gate.
 */
public interface GateAgendaContributor {

    List<AgendaItem> agendaFor(GateContext gate);
}
