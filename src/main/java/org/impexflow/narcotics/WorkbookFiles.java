package org.impexflow.narcotics;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded workbook, or refuses it with a message the operator understands, before it can
 * cost the service its memory: files over {@link #MAX_BYTES}, files that are not .xlsx workbooks (an
 * old .xls, a PDF renamed), password-protected workbooks, and archives built to inflate far beyond
 * their size ("zip bombs").
 */
public final class WorkbookFiles {

    /** The largest upload accepted: a JARE workbook of a large operator is well under 1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The largest part of the archive once inflated. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** An archive part may not inflate more than 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Rows per sheet: thousands of substances at most. */
    public static final int MAX_ROWS = 10_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookFiles() {
    }

    /** Why a file was refused, in French; nothing of it was read into the declaration. */
    public static final class UnreadableWorkbookException extends RuntimeException {
        public UnreadableWorkbookException(String message) {
            super(message);
        }

        public UnreadableWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static XSSFWorkbook open(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableWorkbookException("Le fichier est vide.");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableWorkbookException("Le fichier dépasse " + MAX_BYTES / (1024 * 1024)
                    + " Mo : un fichier JARE en fait bien moins ; vérifiez qu'il s'agit du bon fichier.");
        }
        if (startsWith(content, OLE2)) {
            throw new UnreadableWorkbookException("Le classeur est protégé par un mot de passe, ou enregistré "
                    + "à l'ancien format .xls : enregistrez-le sans mot de passe au format .xlsx.");
        }
        if (!startsWith(content, ZIP)) {
            throw new UnreadableWorkbookException("Le fichier n'est pas un classeur Excel (.xlsx) : déposez le "
                    + "fichier JARE téléchargé depuis cette page, rempli et enregistré au format .xlsx.");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("Le classeur est protégé par un mot de passe : enregistrez-le "
                    + "sans mot de passe.", e);
        } catch (IOException | RuntimeException e) {
            if (isBomb(e)) {
                throw new UnreadableWorkbookException("Le fichier est refusé : une de ses parties, décompressée, "
                        + "serait démesurée (plus de " + MAX_ENTRY_BYTES / (1024 * 1024) + " Mo ou plus de "
                        + Math.round(1 / MIN_INFLATE_RATIO) + " fois sa taille).", e);
            }
            throw new UnreadableWorkbookException("Le fichier n'est pas un classeur Excel (.xlsx) lisible : "
                    + "enregistrez-le à nouveau au format .xlsx.", e);
        }
    }

    /** POI says so in the message of one of the causes ("Zip bomb detected", "entry size"). */
    private static boolean isBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MaxEntrySize")
                    || message.contains("max entry size") || message.contains("inflate ratio"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
