package org.impexflow.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code impexflow.mail.*}: sender address, the longest one SMTP exchange may take (connection
 * included; cut past it) and the embedded SMTP server of the default profile.
 */
@ConfigurationProperties("impexflow.mail")
public record MailSettings(String from, @DefaultValue("25s") Duration sendTimeout, Embedded embedded) {

    public record Embedded(boolean enabled, String host, int port) {
    }
}
