package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A copy of a validated declaration sent to the importing country's health authority. */
@Entity
@Table(name = "authority_transmission")
public class AuthorityTransmission {

    public enum Channel { EMAIL, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipientName;
    private String recipientEmail;
    private Instant transmittedAt;
    private String recordedBy;
    private String note;
    /** SHA-256 (hex) of the token of the receipt link mailed to the authority; null for a manual transmission. */
    private String receiptTokenHash;
    private Instant receiptConfirmedAt;
    private String receiptConfirmedBy;

    protected AuthorityTransmission() {
    }

    AuthorityTransmission(Long declarationId, Channel channel, String recipientName, String recipientEmail,
            Instant transmittedAt, String recordedBy, String note) {
        this.declarationId = declarationId;
        this.channel = channel;
        this.recipientName = recipientName;
        this.recipientEmail = recipientEmail;
        this.transmittedAt = transmittedAt;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Instant getTransmittedAt() {
        return transmittedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }

    public Long getId() {
        return id;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Instant getReceiptConfirmedAt() {
        return receiptConfirmedAt;
    }

    public String getReceiptConfirmedBy() {
        return receiptConfirmedBy;
    }

    /** A new receipt link: the token of an earlier one (whose mail never left) no longer opens anything. */
    void newReceiptToken(String tokenHash) {
        this.receiptTokenHash = tokenHash;
    }

    /** The mail left now, with this Message-ID. */
    void mailed(Instant at, String note) {
        this.transmittedAt = at;
        this.note = note;
    }
}
