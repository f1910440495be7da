package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Column;
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
    @Column(name = "declaration_id")
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "recipient_name")
    private String recipientName;
    @Column(name = "recipient_email")
    private String recipientEmail;
    @Column(name = "transmitted_at")
    private Instant transmittedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    private String note;

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
}
