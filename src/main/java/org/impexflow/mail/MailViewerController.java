package org.impexflow.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Boîte aux lettres de démonstration": every mail the embedded SMTP server received, reset links
 * included. It exists only in the demonstration (embedded SMTP server and demo data, never in the
 * {@code postgres} profile) and answers only the machine itself: any other request gets the 404 of a
 * page that does not exist.
 */
@Controller
@Conditional(NoExternalMailServer.class)
@ConditionalOnProperty(name = "impexflow.demo.enabled", havingValue = "true")
@RequestMapping("/mails")
record MailViewerController(GreenMail server) {

    /** Runs before every page of this controller. */
    @ModelAttribute
    void onlyFromThisMachine(HttpServletRequest request) {
        if (!LocalRequests.fromThisMachine(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * Newest first. The server keeps the mails by recipient's mailbox, so a position in its list moves as
     * mails arrive: each mail is named by an id drawn from its Message-ID, date and recipients instead.
     */
    @GetMapping
    String list(Model model) throws MessagingException, IOException {
        List<MailView> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(MailView.of(message));
        }
        mails.sort(Comparator.comparing(MailView::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed());
        model.addAttribute("mails", mails);
        return "mail/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) throws MessagingException, IOException {
        model.addAttribute("mail", MailView.of(message(id)));
        return "mail/show";
    }

    @GetMapping("/{id}/attachments/{part}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int part)
            throws MessagingException, IOException {
        List<Part> attachments = MailView.attachmentParts(message(id));
        if (part < 0 || part >= attachments.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Pièce jointe introuvable");
        }
        Part attachment = attachments.get(part);
        try (InputStream in = attachment.getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(attachment.getContentType().split(";")[0].trim()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(MimeUtility.decodeText(attachment.getFileName()), java.nio.charset.StandardCharsets.UTF_8)
                            .build().toString())
                    .body(in.readAllBytes());
        }
    }

    private MimeMessage message(String id) throws MessagingException {
        for (MimeMessage message : server.getReceivedMessages()) {
            if (MailView.id(message).equals(id)) {
                return message;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Message introuvable");
    }

    record MailView(String id, Instant receivedAt, String from, String to, String subject, String text,
            List<String> attachments) {

        static MailView of(MimeMessage message) throws MessagingException, IOException {
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new MailView(id(message), sent, join(message.getFrom()),
                    join(message.getRecipients(Message.RecipientType.TO)), message.getSubject(), text(message),
                    attachmentParts(message).stream().map(MailView::fileName).toList());
        }

        /** The same for a mail as long as the server keeps it, whatever arrives meanwhile. */
        static String id(MimeMessage message) throws MessagingException {
            String identity = message.getMessageID() + "|" + message.getHeader("Date", ",") + "|"
                    + message.getHeader("To", ",") + "|" + message.getSubject();
            return org.apache.commons.codec.digest.DigestUtils.sha256Hex(identity).substring(0, 20);
        }

        static List<Part> attachmentParts(Part part) throws MessagingException, IOException {
            List<Part> found = new ArrayList<>();
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (child.getFileName() != null) {
                        found.add(child);
                    } else {
                        found.addAll(attachmentParts(child));
                    }
                }
            }
            return found;
        }

        private static String text(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }

        private static String fileName(Part part) {
            try {
                return MimeUtility.decodeText(part.getFileName());
            } catch (MessagingException | java.io.UnsupportedEncodingException e) {
                return "pièce jointe";
            }
        }

        private static String join(jakarta.mail.Address[] addresses) {
            if (addresses == null) {
                return "";
            }
            return Arrays.stream(addresses).map(a -> {
                try {
                    return MimeUtility.decodeText(a.toString());
                } catch (java.io.UnsupportedEncodingException e) {
                    return a.toString();
                }
            }).collect(Collectors.joining(", "));
        }
    }
}
