package org.integrationgateway.realtime;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * In-process wake-ups: "an event was appended and committed" wakes the sequencer, "events were positioned" wakes
 * this node's tail, "an urgent notification was committed" wakes the mail worker. Signals are level-triggered (a signal before the wait is not lost); the waits also time out,
 * so polling remains the safety net when a wake-up is missed (e.g. a NOTIFY lost while reconnecting).
 */
@Component
class StreamSignals {

    private final Signal appended = new Signal();
    private final Signal positioned = new Signal();
    private final Signal urgentNotified = new Signal();

    void appended() {
        appended.raise();
    }

    void positioned() {
        positioned.raise();
    }

    void urgentNotified() {
        urgentNotified.raise();
    }

    boolean awaitAppended(Duration timeout) throws InterruptedException {
        return appended.await(timeout);
    }

    boolean awaitPositioned(Duration timeout) throws InterruptedException {
        return positioned.await(timeout);
    }

    boolean awaitUrgentNotified(Duration timeout) throws InterruptedException {
        return urgentNotified.await(timeout);
    }

    private static final class Signal {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition raised = lock.newCondition();
        private boolean pending;

        void raise() {
            lock.lock();
            try {
                pending = true;
                raised.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Waits until raised (consuming the signal) or the timeout passes; true when raised. */
        boolean await(Duration timeout) throws InterruptedException {
            lock.lock();
            try {
                long nanos = timeout.toNanos();
                while (!pending && nanos > 0) {
                    nanos = raised.awaitNanos(nanos);
                }
                boolean wasRaised = pending;
                pending = false;
                return wasRaised;
            } finally {
                lock.unlock();
            }
        }
    }
}
