package org.impexflow.mail;

import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without {@code spring.mail.host}, the system runs its own SMTP server (GreenMail) on the loopback
 * interface and sends to it; the mails are readable at {@code /mails}. With {@code spring.mail.host}
 * set, Spring Boot's mail sender talks to that server and none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalMailServer.class)
class EmbeddedMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(MailSettings settings) {
        ServerSetup smtp = new ServerSetup(settings.embedded().port(), settings.embedded().host(),
                ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(smtp);
    }

    @Bean
    JavaMailSender embeddedMailSender(GreenMail embeddedSmtpServer, MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.embedded().host());
        sender.setPort(settings.embedded().port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.quitwait", "false");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
