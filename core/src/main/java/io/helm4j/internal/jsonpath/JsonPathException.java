package io.helm4j.internal.jsonpath;

import io.helm4j.Helm4jException;

/** A JSONPath template that does not parse, or fails on the data; the message is client-go's. */
public final class JsonPathException extends Helm4jException {
    public JsonPathException(String message) {
        super(message);
    }
}
