package io.helm4j.registry;

/** A user name and password (or identity token) for one registry host. */
record Credential(String username, String password) {
    static final Credential EMPTY = new Credential("", "");

    boolean isEmpty() {
        return username.isEmpty() && password.isEmpty();
    }
}
