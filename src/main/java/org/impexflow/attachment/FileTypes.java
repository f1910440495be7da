package org.impexflow.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file a person may join to a case, known by their name's extension and checked on their
 * first bytes (a program renamed {@code .pdf} is refused). The type stored, and sent back on download,
 * is the one of the extension, never the one the browser declared. Only the first bytes are read.
 */
final class FileTypes {

    /** What the pages say is accepted. */
    static final String ACCEPTED = "PDF, images PNG ou JPEG, documents Word, Excel ou OpenDocument, "
            + "texte ou CSV, courriels (.eml, .msg)";

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** No signature: text, refused when it holds a NUL byte among its first bytes. */
    private static final byte[] TEXT = {};

    private record Type(String mediaType, byte[] signature) {
    }

    private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new Type("application/pdf", PDF)),
            Map.entry("png", new Type("image/png", PNG)),
            Map.entry("jpg", new Type("image/jpeg", JPEG)),
            Map.entry("jpeg", new Type("image/jpeg", JPEG)),
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("doc", new Type("application/msword", OLE)),
            Map.entry("xls", new Type("application/vnd.ms-excel", OLE)),
            Map.entry("msg", new Type("application/vnd.ms-outlook", OLE)),
            Map.entry("txt", new Type("text/plain", TEXT)),
            Map.entry("csv", new Type("text/csv", TEXT)),
            Map.entry("eml", new Type("message/rfc822", TEXT)));
    private static final int TEXT_CHECKED = 4096;

    private FileTypes() {
    }

    /** The media type to store, or empty when the name's extension or the first bytes are not of a type accepted. */
    static Optional<String> check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        Type type = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        if (type.signature() == TEXT) {
            for (int i = 0; i < Math.min(content.length, TEXT_CHECKED); i++) {
                if (content[i] == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(type.mediaType());
        }
        byte[] signature = type.signature();
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length)
                ? Optional.of(type.mediaType()) : Optional.empty();
    }
}
