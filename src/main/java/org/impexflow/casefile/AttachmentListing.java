package org.impexflow.casefile;

import java.util.List;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The attachments of a case as a Markdown list of links with their size and SHA-256, shown in the Tasklist
 * forms; file names stay text.
 */
@Component
public class AttachmentListing {

    private final Attachments attachments;
    private final String baseUrl;

    AttachmentListing(Attachments attachments, @Value("${impexflow.base-url}") String baseUrl) {
        this.attachments = attachments;
        this.baseUrl = baseUrl;
    }

    /** The files of an export declaration. */
    public String markdown(Long declarationId) {
        return markdown(attachments.ofDeclaration(declarationId));
    }

    public String markdown(List<Attachment> files) {
        if (files.isEmpty()) {
            return "Aucune pièce jointe.";
        }
        StringBuilder list = new StringBuilder();
        for (Attachment file : files) {
            list.append("- ").append(Markdown.escape(file.getKind().label())).append(" : [")
                    .append(Markdown.escape(file.getFileName()))
                    .append("](").append(url(file)).append(") (").append(kib(file.getSizeBytes())).append(", SHA-256 `").append(file.getSha256())
                    .append("`)\n");
        }
        return list.toString();
    }

    public String url(Attachment file) {
        return baseUrl + "/pieces-jointes/" + file.getId();
    }

    private static String kib(long bytes) {
        return bytes < 1024 ? bytes + " o" : (bytes + 1023) / 1024 + " Ko";
    }
}
