package org.conflictgraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conflict-graph.security.*}: the users allowed in, e.g.
 * <pre>
 * conflict-graph.security.users[0].name=rita
 * conflict-graph.security.users[0].password-hash=$2a$10$...   (bcrypt; "{bcrypt}$2a$..." works too)
 * conflict-graph.security.users[0].roles=researcher
 * </pre>
 * or the environment ({@code CONFLICT_GRAPH_SECURITY_USERS_0_NAME}, ...). With no users the service is open and
 * binds to 127.0.0.1 ({@link OpenServiceBinding}).
 */
@ConfigurationProperties("conflict-graph.security")
public record SecurityProperties(@DefaultValue List<User> users) {

    /**
     * @param name         the HTTP Basic user name
     * @param passwordHash a bcrypt hash of the password, never the password itself
     * @param roles        researcher, analyst, ingest and/or admin
     */
    public record User(String name, String passwordHash, List<String> roles) {
    }

    boolean open() {
        return users.isEmpty();
    }
}
