package org.impexflow.account;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrived on the management port ({@code management.server.port}) when that port listens
 * on the loopback interface only ({@code management.server.address} 127.0.0.1 or ::1): Prometheus on the
 * same host scrapes there without a login. Without such a port, nothing matches: the actuator is for
 * administrators only.
 */
final class ManagementPort {

    private ManagementPort() {
    }

    static RequestMatcher loopbackOnly(Environment environment) {
        Integer port = environment.getProperty("management.server.port", Integer.class);
        Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
        String address = environment.getProperty("management.server.address");
        if (port == null || port <= 0 || port.equals(serverPort) || !loopback(address)) {
            return request -> false;
        }
        return request -> request.getLocalPort() == port && request.getRequestURI().startsWith("/actuator");
    }

    static boolean loopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
