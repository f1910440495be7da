package org.impexflow.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from this machine itself: a loopback client address, and no sign of having
 * come through a proxy (a proxy on this machine would otherwise make every visitor look local). With
 * the forwarded headers honoured (a proxy on 127/8 is trusted), Tomcat puts the proxied client's address
 * in the request and drops the header it used up; whatever the server's strategy, any forwarding header
 * left is a proxy's mark. Tomcat's request attribute {@code org.apache.tomcat.request.forwarded} is no
 * sign: it is set on every request from a trusted address, headers or not.
 */
final class LocalRequests {

    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Real-IP", "Forwarded", "Via");

    private LocalRequests() {
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        for (String header : PROXY_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return loopback(request.getRemoteAddr());
    }

    private static boolean loopback(String address) {
        // literal addresses only (Tomcat gives nothing else): no name is ever looked up
        if (address == null || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
