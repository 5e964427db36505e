package org.integrationgateway.web;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.web.IdempotencyKeys.StoredAnswer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API writes (POST, PUT, PATCH, DELETE under {@code /api/}): a client that did not get
 * an answer (a cut connection, a 502 or 503 from the load balancer, a node that died) repeats the request with the
 * same key and gets the first answer again, with {@code Idempotency-Replayed: true}, instead of applying it twice.
 *
 * <p>Contract: the request runs in one transaction together with the storing of its answer, so a write and its key
 * are committed together or not at all. Only successful answers (2xx) are stored; a failed request changed nothing and
 * may be repeated with the same key. Keys are per account, 1 to 100 characters of letters, digits and
 * {@code - _ . :}, kept for 24 hours. The same key with another request (method, address, content type or body)
 * answers 422 {@code idempotency-key-reused}. Two identical requests at once: one is applied, the other is rolled
 * back and gets the first one's answer. Not for file uploads (multipart, 400) or bodies over 1 MiB (413). Work a
 * request hands to a transaction of its own (gate decisions, which must answer a lost race with 409) commits with it,
 * not with the key. Without the header nothing changes.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    static final int MAX_BODY = 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** After Spring Security ({@code -100}), which knows the account by then. */
    static final int ORDER = 0;

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
                                                                    PlatformTransactionManager transactions,
                                                                    Clock clock) {
            FilterRegistrationBean<IdempotencyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyFilter(keys, new TransactionTemplate(transactions), clock));
            registration.setOrder(ORDER);
            registration.addUrlPatterns("/api/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }
    }

    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transaction, Clock clock) {
        this.keys = keys;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response); // refused by the security rules further on
            return;
        }
        long account = user.get().accountId();
        String key = request.getHeader(HEADER).trim();
        if (!KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", "The Idempotency-Key header must "
                    + "have 1 to 100 characters: letters, digits and - _ . : (a UUID is a good key).");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            problem(response, HttpStatus.BAD_REQUEST, "idempotency-key-unsupported",
                    "File uploads do not take an Idempotency-Key; send the upload without it.");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY);
        if (body == null) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE, "idempotency-key-body-too-large",
                    "Requests with an Idempotency-Key may have a body of at most 1 MiB.");
            return;
        }
        String requestHash = hash(request, body);
        Optional<StoredAnswer> stored = keys.find(account, key, Instant.now(clock));
        if (stored.isPresent()) {
            answerWith(stored.get(), requestHash, response);
            return;
        }
        Map<String, List<String>> earlierHeaders = headersOf(response);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    chain.doFilter(new CachedBodyRequest(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                int code = answer.getStatus();
                if (code >= 200 && code < 300) {
                    keys.store(account, key, requestHash, Instant.now(clock), code, answer.getContentType(),
                            answer.getHeader(HttpHeaders.LOCATION),
                            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (ChainFailure e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        } catch (DuplicateKeyException | ConcurrencyFailureException | UnexpectedRollbackException rolledBack) {
            // Usually the same request, sent again before the first was answered, stored its answer first: this
            // one's work was rolled back and it gets that answer.
            startOver(response, earlierHeaders);
            Optional<StoredAnswer> first = keys.find(account, key, Instant.now(clock));
            if (first.isPresent()) {
                answerWith(first.get(), requestHash, response);
            } else {
                problem(response, HttpStatus.CONFLICT, "idempotency-rolled-back", "The request could not be "
                        + "applied together with its Idempotency-Key and nothing was changed; send it again.");
            }
            return;
        }
        answer.copyBodyToResponse();
    }

    /** The stored answer for a repeat of its request; 422 when the key came with another request. */
    @SuppressFBWarnings(value = {"XSS_SERVLET", "UNVALIDATED_REDIRECT"},
            justification = "Replays the answer (body and Location) this application itself gave to the same account "
                    + "for the same request; nothing of it comes from the repeating request.")
    private static void answerWith(StoredAnswer stored, String requestHash, HttpServletResponse response)
            throws IOException {
        if (!MessageDigest.isEqual(stored.requestHash().getBytes(StandardCharsets.US_ASCII),
                requestHash.getBytes(StandardCharsets.US_ASCII))) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "This Idempotency-Key "
                    + "was used for another request in the last 24 hours; use a new key for a new request.");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null && !stored.body().isEmpty()) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(stored.body());
        }
    }

    @SuppressFBWarnings(value = "XSS_SERVLET", justification = "Writes the constant texts of this class only.")
    private static void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + ApiExceptionHandler.TYPE_BASE.resolve(code) + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail
                + "\",\"code\":\"" + code + "\"}");
    }

    /** Clears what the rolled-back attempt set on the response, keeping the headers of the filters before this one. */
    private static void startOver(HttpServletResponse response, Map<String, List<String>> earlierHeaders) {
        response.reset();
        earlierHeaders.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String line = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
                    + request.getContentType() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A checked failure of the filter chain, carried out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    /** The request with its body read once, for the hash and then for the application. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
