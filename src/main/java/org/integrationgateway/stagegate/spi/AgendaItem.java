package org.integrationgateway.stagegate.spi;

/**
 * One item on a gate review's agenda. {@code source} names the contributing module (shown as the item's origin),
 * {@code link} is an optional address (relative to the application or absolute) where the item can be read.
 */
public record AgendaItem(String source, String title, String detail, String link) {
}
