package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * X-Forwarded-For names the client (the login's slowdown, the attestations' limit, the security log's
 * addresses) only when the request comes from a trusted proxy: this machine, not any private network
 * (Tomcat's default), from which anyone could name an address of their choice.
 */
@ImpexflowSpringTest
class ForwardedHeadersTests {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void onlyThisMachineIsTrustedToNameTheClientsAddress() {
        RemoteIpValve valve = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getService()
                .getContainer().getPipeline().getValves()).filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertThat(Arrays.asList("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1"))
                .allMatch(address -> trusted.matcher(address).matches());
        assertThat(Arrays.asList("10.0.0.5", "172.16.4.2", "192.168.1.20", "169.254.1.1", "100.64.0.1", "8.8.8.8"))
                .noneMatch(address -> trusted.matcher(address).matches());
    }
}
