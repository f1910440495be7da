package org.impexflow.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mail handed to the SMTP server; its key makes a second sending of the same mail impossible. */
@Entity
@Table(name = "sent_mail")
public class SentMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupKey;
    private String recipient;
    private String subject;
    private String messageId;
    private Instant sentAt;

    protected SentMail() {
    }

    SentMail(String dedupKey, String recipient, String subject, String messageId, Instant sentAt) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.messageId = messageId;
        this.sentAt = sentAt;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
