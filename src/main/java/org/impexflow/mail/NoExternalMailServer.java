package org.impexflow.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no SMTP server is configured with {@code spring.mail.host} and the embedded one is allowed
 * ({@code impexflow.mail.embedded.enabled}, off in the {@code postgres} profile: production needs a
 * real SMTP server, and the page of received mails must not exist there).
 */
class NoExternalMailServer implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
                && context.getEnvironment().getProperty("impexflow.mail.embedded.enabled", Boolean.class, true);
    }
}
