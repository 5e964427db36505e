package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTests {

    private final SignInThrottlePolicy policy = new SignInThrottlePolicy();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

    private SignInThrottlePolicy.State fail(SignInThrottlePolicy.State state) {
        return policy.afterFailure(state, clock.instant());
    }

    private SignInThrottlePolicy.State failTimes(int times) {
        SignInThrottlePolicy.State state = null;
        for (int i = 0; i < times; i++) {
            state = fail(state);
            clock.advance(Duration.ofSeconds(10));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotBlock() {
        SignInThrottlePolicy.State state = failTimes(4);
        assertThat(state.failures()).isEqualTo(4);
        assertThat(policy.remainingBlock(state, clock.instant())).isEmpty();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesBlocksForOneMinute() {
        SignInThrottlePolicy.State state = failTimes(4);
        Instant fifth = clock.instant();
        state = fail(state);
        assertThat(state.blockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(1)));
        assertThat(policy.remainingBlock(state, fifth)).contains(Duration.ofMinutes(1));
        assertThat(policy.remainingBlock(state, fifth.plusSeconds(59))).contains(Duration.ofSeconds(1));
        assertThat(policy.remainingBlock(state, fifth.plusSeconds(60))).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheBlockUpToFifteenMinutes() {
        SignInThrottlePolicy.State state = failTimes(5);
        long[] expectedMinutes = {2, 4, 8, 15, 15};
        for (long minutes : expectedMinutes) {
            clock.set(state.blockedUntil());
            Instant at = clock.instant();
            state = fail(state);
            assertThat(Duration.between(at, state.blockedUntil())).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotBlock() {
        SignInThrottlePolicy.State state = null;
        for (int i = 0; i < 4; i++) {
            state = fail(state);
            clock.advance(Duration.ofMinutes(4));
        }
        clock.advance(Duration.ofMinutes(1));
        state = fail(state);
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.blockedUntil()).isNull();
    }

    @Test
    void aRecordIsForgottenFifteenMinutesAfterItsBlockEnds() {
        SignInThrottlePolicy.State state = failTimes(5);
        assertThat(policy.isForgotten(state, state.blockedUntil().plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(policy.isForgotten(state, state.blockedUntil().plus(Duration.ofMinutes(15)))).isTrue();
        clock.set(state.blockedUntil().plus(Duration.ofMinutes(15)));
        assertThat(fail(state).failures()).isEqualTo(1);
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(SignInThrottlePolicy.retryAfterSeconds(Duration.ofMillis(59_001))).isEqualTo(60);
        assertThat(SignInThrottlePolicy.retryAfterSeconds(Duration.ofSeconds(60))).isEqualTo(60);
        assertThat(SignInThrottlePolicy.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    }

    @Test
    void nothingRememberedMeansNoBlock() {
        assertThat(policy.remainingBlock(null, clock.instant())).isEmpty();
    }

    /** A test clock that the test moves by hand. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
