package org.integrationgateway.hostile;

/**
 * One hostile request: which operation it attacks, what kind of attack it is, and the request itself. A
 * {@code multipartFile} is sent as the part {@code file} of a multipart request instead of {@code body}.
 */
record HostileCase(ApiOperation operation, String label, String uri, String contentType, byte[] body,
                   byte[] multipartFile) {

    static HostileCase of(ApiOperation operation, String label, String uri, String contentType, byte[] body) {
        return new HostileCase(operation, label, uri, contentType, body, null);
    }

    @Override
    public String toString() {
        return operation.id() + " [" + label + "] " + (uri.length() > 160 ? uri.substring(0, 160) + "…" : uri);
    }
}
