package org.impexflow.mail;

import java.util.List;

/** A mail the system sends: plain text, with attachments. */
public record OutgoingMail(List<String> to, String subject, String text, List<MailAttachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    public static OutgoingMail to(String recipient, String subject, String text) {
        return new OutgoingMail(List.of(recipient), subject, text, List.of());
    }

    public OutgoingMail with(MailAttachment attachment) {
        List<MailAttachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, subject, text, all);
    }

    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
