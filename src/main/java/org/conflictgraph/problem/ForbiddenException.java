package org.conflictgraph.problem;

import org.springframework.http.HttpStatus;

/** HTTP FORBIDDEN: see {@link ApiException}. */
public final class ForbiddenException extends ApiException {

    /**
     * @param type   the problem type's URI suffix (stable; clients may switch on it)
     * @param title  a short, fixed summary of the problem type
     * @param detail what went wrong with this request and how to fix it
     */
    public ForbiddenException(String type, String title, String detail) {
        super(type, title, detail, null);
    }

    public ForbiddenException(String type, String title, String detail, Throwable cause) {
        super(type, title, detail, cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
