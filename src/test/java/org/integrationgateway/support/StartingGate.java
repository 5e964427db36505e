package org.integrationgateway.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs {@code n} actions on {@code n} real threads released together by a {@link CountDownLatch} (each thread waits
 * until all are ready), and returns each action's outcome in order: its result, or the exception it threw.
 */
public final class StartingGate {

    private StartingGate() {
    }

    public static List<Object> race(int n, IntFunction<Callable<?>> actions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<?> action = actions.apply(i);
                outcomes.add(threads.submit(() -> {
                    ready.countDown();
                    if (!start.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("The race did not start");
                    }
                    try {
                        return action.call();
                    } catch (Exception | AssertionError failed) {
                        return failed;
                    }
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every thread of the race got ready");
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
