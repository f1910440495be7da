package org.impexflow.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores files and links them to their case: an export declaration or an import authorisation. */
@Service
@Transactional
public class Attachments {

    /** Largest file accepted, in bytes. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttachmentRepository repository;

    Attachments(AttachmentRepository repository) {
        this.repository = repository;
    }

    /** Stores a file; its reference (e.g. {@code PJ-7KQ2-M4XD}) is what a form hands to a process. */
    public Attachment store(String ownerUserId, String fileName, String contentType, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("Le fichier " + fileName + " est vide.");
        }
        if (content.length > MAX_SIZE) {
            throw new IllegalArgumentException("Le fichier " + fileName + " dépasse 20 Mo.");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        return repository.save(new Attachment(UUID.randomUUID().toString(), newReference(), ownerUserId,
                safeName(fileName), type, content, sha256(content)));
    }

    /**
     * Stores a file that a person uploads (the page {@code /pieces-jointes}, the button of the Tasklist
     * forms): not empty, 20 MB at most, of a type that {@link FileTypes} accepts, stored with the type of
     * its extension.
     */
    public Attachment upload(String ownerUserId, String fileName, byte[] content) {
        String name = safeName(fileName);
        if (content.length == 0) {
            throw new RefusedFileException(RefusedFileException.Reason.EMPTY, "Le fichier « " + name + " » est vide.");
        }
        if (content.length > MAX_SIZE) {
            throw new RefusedFileException(RefusedFileException.Reason.TOO_LARGE,
                    "Le fichier « " + name + " » dépasse 20 Mo.");
        }
        String type = FileTypes.check(name, content).orElseThrow(() -> new RefusedFileException(
                RefusedFileException.Reason.TYPE_REFUSED, "Le fichier « " + name + " » n'est pas d'un type accepté ("
                        + FileTypes.ACCEPTED + ")."));
        return store(ownerUserId, name, type, content);
    }

    /** Stores a generated document already linked to its declaration. */
    public Attachment storeGenerated(Long establishmentId, Long declarationId, AttachmentKind kind, String fileName,
            String contentType, byte[] content) {
        Attachment attachment = store(null, fileName, contentType, content);
        attachment.linkTo(establishmentId, declarationId, kind);
        return attachment;
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> byReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return repository.findByReference(reference.trim().toUpperCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> byId(String id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofDeclaration(Long declarationId) {
        return repository.findByDeclarationIdOrderByUploadedAt(declarationId);
    }

    /** The files a person uploaded and has not used yet, newest first. */
    @Transactional(readOnly = true)
    public List<Attachment> unusedUploadsOf(String userId) {
        return repository.findTop50ByOwnerUserIdAndDeclarationIdIsNullAndImportAuthorisationIdIsNullOrderByUploadedAtDesc(userId);
    }

    public void link(String attachmentId, Long establishmentId, Long declarationId, AttachmentKind kind) {
        repository.findById(attachmentId)
                .orElseThrow(() -> new IllegalArgumentException("unknown attachment " + attachmentId))
                .linkTo(establishmentId, declarationId, kind);
    }

    /** Joins an uploaded file to an import authorisation (request, complement). */
    public void linkToImportAuthorisation(String attachmentId, Long establishmentId, Long authorisationId,
            AttachmentKind kind) {
        repository.findById(attachmentId)
                .orElseThrow(() -> new IllegalArgumentException("unknown attachment " + attachmentId))
                .linkToImportAuthorisation(establishmentId, authorisationId, kind);
    }

    /** Stores a generated document already joined to its import authorisation. */
    public Attachment storeGeneratedForImportAuthorisation(Long establishmentId, Long authorisationId,
            AttachmentKind kind, String fileName, String contentType, byte[] content) {
        Attachment attachment = store(null, fileName, contentType, content);
        attachment.linkToImportAuthorisation(establishmentId, authorisationId, kind);
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofImportAuthorisation(Long authorisationId) {
        return repository.findByImportAuthorisationIdOrderByUploadedAt(authorisationId);
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder("PJ-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\r\\n\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
