package org.impexflow.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code impexflow.mail.*}: sender address and the embedded SMTP server of the default profile. */
@ConfigurationProperties("impexflow.mail")
public record MailSettings(String from, Embedded embedded) {

    public record Embedded(boolean enabled, String host, int port) {
    }
}
