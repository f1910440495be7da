package org.impexflow.attachment;

import java.util.List;
import java.util.Set;

/**
 * The kinds of file a person may hand to the service, each known by its content ({@link FileTypes}):
 * what a field takes is a set of them.
 */
public enum FileType {
    PDF("application/pdf", "PDF", "a PDF", List.of("pdf")),
    PNG("image/png", "image PNG", "a PNG image", List.of("png")),
    JPEG("image/jpeg", "image JPEG", "a JPEG image", List.of("jpg", "jpeg")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "classeur Excel .xlsx",
            "an Excel .xlsx workbook", List.of("xlsx")),
    EML("message/rfc822", "courriel .eml", "an .eml e-mail", List.of("eml"));

    /** A document: a PDF, or a scan or photo of it. */
    public static final Set<FileType> DOCUMENTS = Set.of(PDF, PNG, JPEG);
    /** Any file of a case: a document, a workbook (tables sent with a case), a mail received (.eml). */
    public static final Set<FileType> ANY = Set.of(values());

    private final String mediaType;
    private final String label;
    private final String englishWithArticle;
    private final List<String> extensions;

    FileType(String mediaType, String label, String englishWithArticle, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.englishWithArticle = englishWithArticle;
        this.extensions = extensions;
    }

    /** The media type stored and sent back on download. */
    public String mediaType() {
        return mediaType;
    }

    /** In French, as the messages name it: "PDF", "image PNG". */
    public String label() {
        return label;
    }

    /** Whether its label is feminine ("une image PNG"), for the words that agree with it. */
    public boolean feminine() {
        return label.startsWith("image");
    }

    /** Its label after an article: "un PDF", "une image PNG", "un classeur Excel .xlsx". */
    public String withArticle() {
        return (feminine() ? "une " : "un ") + label;
    }

    /** In English after its article: "a PDF", "a PNG image", "an Excel .xlsx workbook". */
    public String englishWithArticle() {
        return englishWithArticle;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** "PDF, image PNG ou image JPEG", in the order of the enum. */
    public static String labels(Set<FileType> types) {
        return joined(types.stream().sorted().map(FileType::label).toList(), " ou ");
    }

    /** "a PDF, a PNG image or a JPEG image", in the order of the enum. */
    public static String englishLabels(Set<FileType> types) {
        return joined(types.stream().sorted().map(FileType::englishWithArticle).toList(), " or ");
    }

    private static String joined(List<String> labels, String lastSeparator) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + lastSeparator + labels.get(labels.size() - 1);
    }
}
