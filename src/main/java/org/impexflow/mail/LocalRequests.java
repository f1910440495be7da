package org.impexflow.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from this machine itself: a loopback client address, and no sign of having
 * come through a proxy (a proxy on this machine would otherwise make every visitor look local). With
 * the forwarded headers honoured, Tomcat puts the proxied client's address in the request and marks it
 * as forwarded; the headers are looked at too, whatever the server's strategy.
 */
final class LocalRequests {

    /** Set by Tomcat's RemoteIpValve on a request whose forwarded headers it applied. */
    static final String TOMCAT_FORWARDED = "org.apache.tomcat.request.forwarded";
    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Real-IP", "Forwarded", "Via");

    private LocalRequests() {
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(TOMCAT_FORWARDED))) {
            return false;
        }
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
