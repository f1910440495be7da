package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.FileType;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents an operator joins to its annual declaration, uploaded on the declaration's page by any
 * account of the operator: each kept with which document it is ({@link AnnualDocumentTypes}), its type
 * found by its content, its size and SHA-256, and written in the case's timeline.
 */
@Service
@Transactional
public class AnnualDeclarationDocuments {

    /** Field names of an upload, as the page and the messages name them. */
    public static final String DOCUMENT = "document";
    public static final String DOCUMENT_TYPE = "documentType";

    private final AnnualDeclarations declarations;
    private final AnnualDocumentTypes types;
    private final Attachments attachments;

    AnnualDeclarationDocuments(AnnualDeclarations declarations, AnnualDocumentTypes types, Attachments attachments) {
        this.declarations = declarations;
        this.types = types;
        this.attachments = attachments;
    }

    /** The documents joined to a declaration (its case's id), in the order they came. */
    @Transactional(readOnly = true)
    public List<Attachment> of(Long declarationId) {
        return attachments.ofDeclaration(declarationId).stream()
                .filter(a -> a.getKind() == AttachmentKind.ANNUAL_DECLARATION_DOCUMENT).toList();
    }

    /**
     * An upload read up to one byte over the largest file accepted: enough to refuse a larger one
     * without holding it.
     */
    public byte[] read(InputStream upload) throws IOException {
        return upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, types.maxFileSize().toBytes()) + 1);
    }

    /**
     * Joins a document to the operator's declaration of the year: refused, naming the field and storing
     * nothing, for a document type not listed, a declaration already accepted, or a file empty, too
     * large, or not of a type the document takes (by its content).
     */
    public Attachment join(Long operatorId, int year, String userId, String typeCode, String fileName,
            byte[] content) {
        AnnualDeclaration declaration = declarations.of(operatorId, year).orElseThrow(() ->
                new IllegalArgumentException("Aucune déclaration annuelle " + year + " pour votre établissement."));
        if (declaration.getStatus() == AnnualDeclarationStatus.ACCEPTED) {
            throw refused(DOCUMENT, "la déclaration " + year + " est acceptée : aucune pièce n'est plus attendue");
        }
        AnnualDocumentTypes.Type type = types.byCode(typeCode == null ? "" : typeCode.strip())
                .orElseThrow(() -> refused(DOCUMENT_TYPE, "choisissez dans la liste la pièce que vous joignez"));
        long max = types.maxFileSize().toBytes();
        if (content != null && content.length > max) {
            throw refused(DOCUMENT, "le fichier « " + fileName + " » dépasse " + types.maxFileSize().toMegabytes()
                    + " Mo");
        }
        Attachment joined;
        try {
            joined = attachments.joinToAnnualDeclaration(userId, operatorId, declaration.getId(), type.code(),
                    type.french(), fileName, content, type.files());
        } catch (RefusedFileException wrong) {
            throw refused(DOCUMENT, wrong.detail());
        }
        declarations.note(declaration.getId(), AnnualDeclarationEventKind.DOCUMENT_JOINED, userId,
                type.french() + " : " + joined.getFileName() + " (" + typeName(joined.getContentType()) + ", "
                        + WorkbookFiles.grouped(joined.getSizeBytes()) + " octets, SHA-256 " + joined.getSha256() + ")");
        return joined;
    }

    /** "PDF", "PNG", "JPEG", "XLSX": the type found by the content. */
    public static String typeName(String mediaType) {
        return Arrays.stream(FileType.values()).filter(f -> f.mediaType().equals(mediaType)).map(FileType::name)
                .findFirst().orElse(mediaType);
    }

    private static InvalidInputException refused(String field, String message) {
        return new InvalidInputException("La pièce n'a pas été jointe : " + message + ".",
                List.of(new FieldError(field, message)));
    }
}
