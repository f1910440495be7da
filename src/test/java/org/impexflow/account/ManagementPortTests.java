package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Prometheus reads the actuator without a login only on a management port bound to the loopback interface. */
class ManagementPortTests {

    @Test
    void aManagementPortOnTheLoopbackInterfaceIsOpenToTheActuatorOnly() {
        RequestMatcher open = ManagementPort.loopbackOnly(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "9090").withProperty("management.server.address", "127.0.0.1"));
        assertThat(open.matches(request(9090, "/actuator/prometheus"))).isTrue();
        assertThat(open.matches(request(8080, "/actuator/prometheus"))).as("the application's port").isFalse();
        assertThat(open.matches(request(9090, "/mes-declarations"))).isFalse();
    }

    @Test
    void noManagementPortOrOneOnEveryInterfaceOpensNothing() {
        for (MockEnvironment environment : new MockEnvironment[] {new MockEnvironment(),
                new MockEnvironment().withProperty("management.server.port", "9090"),
                new MockEnvironment().withProperty("management.server.port", "9090")
                        .withProperty("management.server.address", "0.0.0.0"),
                new MockEnvironment().withProperty("management.server.port", "8080")
                        .withProperty("management.server.address", "127.0.0.1")}) {
            RequestMatcher open = ManagementPort.loopbackOnly(environment);
            assertThat(open.matches(request(9090, "/actuator/prometheus"))).isFalse();
            assertThat(open.matches(request(8080, "/actuator/prometheus"))).isFalse();
        }
    }

    private static MockHttpServletRequest request(int localPort, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setLocalPort(localPort);
        return request;
    }
}
