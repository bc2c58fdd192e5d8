package org.conflictgraph.problem;

import org.springframework.http.HttpStatus;

/**
 * Every error the API reports on purpose. Each subtype has a stable problem {@code type} URI
 * ({@link ProblemTypes}); {@link ApiExceptionTranslator} turns them into RFC 9457 responses.
 */
public abstract sealed class ApiException extends RuntimeException
        permits BadInputException, NotFoundException, ConflictException, PayloadTooLargeException,
        UnsupportedMediaTypeException, ServiceUnavailableException, TooManyRequestsException,
        ForbiddenException, RequestTimeoutException {

    private final String type;
    private final String title;

    ApiException(String type, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.title = title;
    }

    /** The problem type's URI suffix, e.g. {@code empty-body}; see {@link ProblemTypes#BASE}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public abstract HttpStatus status();
}
