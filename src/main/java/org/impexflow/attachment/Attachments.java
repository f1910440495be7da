package org.impexflow.attachment;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores files and links them to their case: an export declaration or an import authorisation. */
@Service
@Transactional
public class Attachments {

    /** How the page {@code /pieces-jointes} and the forms' button name the file they upload. */
    public static final String UPLOAD_FIELD = "Pièce jointe";
    /** Largest file accepted, in bytes. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttachmentRepository repository;
    private final AttachmentSettings settings;

    Attachments(AttachmentRepository repository, AttachmentSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    /** What a person has uploaded and not joined to a case yet, against the limits of {@link AttachmentSettings}. */
    public record Unused(long files, long bytes, int maxFiles, long maxBytes) {

        /** "20 fichiers et 100 Mo", the limits as the pages say them. */
        public String limits() {
            return maxFiles + " fichiers et " + maxMegabytes() + " Mo";
        }

        /** "3 fichier(s), 12 Mo" (or "… 40 Ko" below a megabyte), what is used of them. */
        public String used() {
            return files + " fichier(s), " + usedInUnits() + (usedBelowAMegabyte() ? " Ko" : " Mo");
        }

        /** The limit of size in megabytes, as the pages say it. */
        public long maxMegabytes() {
            return megabytes(maxBytes);
        }

        /** Whether what is used is said in kilobytes (below a megabyte) rather than megabytes. */
        public boolean usedBelowAMegabyte() {
            return bytes < 1024 * 1024;
        }

        /** What is used, in whole kilobytes or megabytes (rounded up), as {@link #usedBelowAMegabyte} says. */
        public long usedInUnits() {
            return usedBelowAMegabyte() ? (bytes + 1023) / 1024 : megabytes(bytes);
        }

        private static long megabytes(long bytes) {
            return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
        }
    }

    @Transactional(readOnly = true)
    public Unused unusedOf(String ownerUserId) {
        Object[] row = repository.countUnused(ownerUserId).get(0);
        return new Unused(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), settings.unusedMaxFiles(),
                settings.unusedMaxSize().toBytes());
    }

    /**
     * Stores a file a person uploads on {@code /pieces-jointes} or with the forms' button, as {@link #upload}
     * does, while what they uploaded and have not joined to a case yet stays within the limits: at most
     * {@code impexflow.attachments.unused-max-files} files and {@code unused-max-size} bytes at once. Past
     * either, refused naming the limits ({@link RefusedFileException.Reason#QUOTA_EXCEEDED}), nothing stored.
     * Concurrent uploads of one person may each pass the check: the excess is bounded by the requests at once.
     */
    public Attachment uploadWithinLimits(String ownerUserId, String fileName, byte[] content) {
        Unused unused = unusedOf(ownerUserId);
        long size = content == null ? 0 : content.length;
        if (unused.files() >= unused.maxFiles() || unused.bytes() + size > unused.maxBytes()) {
            throw new RefusedFileException(RefusedFileException.Reason.QUOTA_EXCEEDED, UPLOAD_FIELD,
                    "le fichier « " + safeName(fileName) + " » n'est pas enregistré : vos fichiers déposés et pas "
                            + "encore joints à un dossier sont limités à " + unused.limits() + " à la fois (vous en "
                            + "avez " + unused.used() + ") ; joignez-les à un dossier ou supprimez-en sur la page "
                            + "Pièces jointes.", "quota", safeName(fileName), unused.maxFiles(), unused.maxMegabytes(),
                    unused.files(), unused.usedInUnits(), unused.usedBelowAMegabyte() ? "KB" : "MB");
        }
        return upload(ownerUserId, fileName, content);
    }

    /**
     * Deletes a file the person uploaded and has not joined to a case yet.
     *
     * @return the file deleted, or empty when none was (not theirs, already joined to a case, or unknown)
     */
    public Optional<Attachment> deleteUnused(String ownerUserId, String attachmentId) {
        Optional<Attachment> attachment = repository.findById(attachmentId)
                .filter(a -> ownerUserId.equals(a.getOwnerUserId()) && !a.isLinked());
        attachment.ifPresent(repository::delete);
        return attachment;
    }

    /**
     * Stores a file the service made or already checked, with its type as given; its reference (e.g.
     * {@code PJ-7KQ2-M4XD}) is what a form hands to a process. A file from a person goes through
     * {@link #upload}.
     */
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
     * Stores a file that a person uploads on the page {@code /pieces-jointes} or with the button of the
     * Tasklist forms, before it is given for a field: any type that a field of a case takes.
     */
    public Attachment upload(String ownerUserId, String fileName, byte[] content) {
        return upload(ownerUserId, UPLOAD_FIELD, fileName, content, FileType.ANY);
    }

    /**
     * Stores a file given for a field (a page's upload, a File variable sent to {@code /engine-rest}): not
     * empty, 20 MB at most, of a type that the field takes by its content ({@link FileTypes}), stored
     * with that type and its SHA-256. Refused otherwise, naming the field, storing nothing.
     *
     * @param field how the page or form names the field, e.g. "Certificat ESB"
     */
    public Attachment upload(String ownerUserId, String field, String fileName, byte[] content,
            Set<FileType> allowed) {
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw new RefusedFileException(RefusedFileException.Reason.EMPTY, field,
                    "le fichier « " + name + " » est vide.", "empty", name);
        }
        if (content.length > MAX_SIZE) {
            throw new RefusedFileException(RefusedFileException.Reason.TOO_LARGE, field,
                    "le fichier « " + name + " » dépasse 20 Mo.", "tooLarge", name);
        }
        FileType type = FileTypes.check(field, name, content, allowed);
        return store(ownerUserId, name, type.mediaType(), content);
    }

    /** Stores a generated document already linked to its declaration. */
    public Attachment storeGenerated(Long establishmentId, Long declarationId, AttachmentKind kind, String fileName,
            String contentType, byte[] content) {
        Attachment attachment = store(null, fileName, contentType, content);
        attachment.linkTo(establishmentId, declarationId, kind);
        return attachment;
    }

    /**
     * Stores a document an operator joins to its annual narcotics declaration (the case's id), checked as
     * {@link #upload} checks a field's file, with which document it is ({@code documentType}); refused,
     * naming the field, storing nothing, as {@link #upload} refuses.
     */
    public Attachment joinToAnnualDeclaration(String ownerUserId, Long establishmentId, Long caseId,
            String documentType, String field, String fileName, byte[] content, Set<FileType> allowed) {
        Attachment attachment = upload(ownerUserId, field, fileName, content, allowed);
        attachment.linkToAnnualDeclaration(establishmentId, caseId, documentType);
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
        // control characters (a NUL made the database refuse the row: 500) and invisible format characters
        // (a right-to-left override shows "…exe.pdf" as "…fdp.exe") become "_"
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "_");
        if (name.isBlank()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The SHA-256 of a content, in lower-case hexadecimal, as stored with every file. */
    public static String sha256(byte[] content) {
        return DigestUtils.sha256Hex(content);
    }
}
