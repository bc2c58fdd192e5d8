package org.conflictgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class OpenServiceBindingTests {

    @Test
    void anOpenServiceListensOnLoopbackOnly() {
        var env = new MockEnvironment();
        new OpenServiceBinding().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void anExplicitAddressWins() {
        var env = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        new OpenServiceBinding().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void withUsersTheAddressIsLeftAlone() {
        var env = new MockEnvironment()
                .withProperty("conflict-graph.security.users[0].name", "rita")
                .withProperty("conflict-graph.security.users[0].password-hash", "$2a$04$x")
                .withProperty("conflict-graph.security.users[0].roles", "researcher");
        new OpenServiceBinding().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("server.address")).isNull();
    }

    @Test
    void rolesParseFromConfigurationSpellings() {
        assertThat(Role.parse("analyst")).isEqualTo(Role.ANALYST);
        assertThat(Role.parse(" ROLE_ADMIN ")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("superuser")).hasMessageContaining("researcher");
    }
}
