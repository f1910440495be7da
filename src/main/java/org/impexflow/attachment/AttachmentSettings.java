package org.impexflow.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code impexflow.attachments.*}: how many files a person may keep uploaded and not yet joined to a case
 * ({@code /pieces-jointes} and the forms' button), in number and in total size, at once. Past either, an
 * upload is refused naming the limit, until files are used or deleted.
 */
@ConfigurationProperties("impexflow.attachments")
public record AttachmentSettings(int unusedMaxFiles, DataSize unusedMaxSize) {

    public AttachmentSettings {
        unusedMaxFiles = unusedMaxFiles <= 0 ? 20 : unusedMaxFiles;
        unusedMaxSize = unusedMaxSize == null ? DataSize.ofMegabytes(100) : unusedMaxSize;
    }
}
