package org.integrationgateway.realtime;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeLogEntry;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.DecisionQueueEntry;
import org.integrationgateway.shared.ClusterLock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifies a project's board of each change request that has waited past the board's response target: once per
 * request (the notification's unique key makes a later run add nothing), on one node at a time. Overdue emergency
 * changes are urgent.
 */
@Component
class InboxOverdueCheck {

    static final String LOCK = "inbox-overdue";
    static final int LIMIT = 500;
    static final String TRIGGER = "overdue";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ChangeQueries queries;
    private final ChangeControl changeControl;
    private final Inbox inbox;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    InboxOverdueCheck(ChangeQueries queries, ChangeControl changeControl, Inbox inbox, ClusterLock lock,
                      TransactionTemplate transactions, MessageSource messages) {
        this.queries = queries;
        this.changeControl = changeControl;
        this.inbox = inbox;
        this.lock = lock;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** Looks for overdue change requests and notifies their boards; returns how many notifications were added. */
    int run() {
        AtomicInteger added = new AtomicInteger();
        lock.runExclusively(LOCK, Duration.ofMinutes(5), () -> transactions.executeWithoutResult(status -> {
            for (DecisionQueueEntry overdue : queries.overdue(LIMIT)) {
                ChangeLogEntry request = overdue.request();
                List<Long> board = changeControl.board(request.projectId()).memberIds();
                String title = messages.getMessage("inbox.title.overdue", new Object[] {request.key(),
                        request.title(), DUE.format(overdue.dueAt())}, "inbox.title.overdue", Locale.ENGLISH);
                added.addAndGet(inbox.notify(board, NotificationKind.OVERDUE, title, "/changes/" + request.id(),
                        request.projectId(), Topics.changeRequest(request.id()), TRIGGER,
                        "EMERGENCY".equals(request.changeClass().name())).size());
            }
        }));
        return added.get();
    }
}
