package org.impexflow.narcotics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.impexflow.attachment.FileType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code impexflow.narcotics.documents.*}: the documents an operator joins to its annual declaration, as
 * the operators' guide lists them (each with its code, its names in French and English, and the types of
 * file it takes), and the largest file accepted. Configuration: ANSM changes the list without a release.
 */
@ConfigurationProperties("impexflow.narcotics.documents")
public record AnnualDocumentTypes(List<Type> types, DataSize maxFileSize) {

    /** One document to join: {@code code} is what each stored file keeps (at most 40 characters). */
    public record Type(String code, String french, String english, Set<FileType> files) {

        public Type {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw new IllegalArgumentException("impexflow.narcotics.documents: code « " + code
                        + " » must be upper-case letters, digits and _ (40 at most)");
            }
            if (french == null || french.isBlank() || english == null || english.isBlank()) {
                throw new IllegalArgumentException("impexflow.narcotics.documents: " + code + " needs its names");
            }
            files = files == null || files.isEmpty() ? FileType.DOCUMENTS : Set.copyOf(files);
        }

        /** Its name in the person's language. */
        public String label(Locale language) {
            return language != null && "en".equals(language.getLanguage()) ? english : french;
        }

        /** The types of file it takes, as both languages write them: "PDF, PNG, JPEG". */
        public String fileNames() {
            return String.join(", ", files.stream().sorted().map(FileType::name).toList());
        }

        /** What the file chooser proposes: ".pdf,.png,.jpg,.jpeg". */
        public String accept() {
            return String.join(",", files.stream().sorted().flatMap(f -> f.extensions().stream())
                    .map(e -> "." + e).toList());
        }
    }

    public AnnualDocumentTypes {
        types = types == null ? List.of() : List.copyOf(types);
        Set<String> codes = new HashSet<>();
        for (Type type : types) {
            if (!codes.add(type.code())) {
                throw new IllegalArgumentException("impexflow.narcotics.documents: code " + type.code() + " twice");
            }
        }
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    }

    public Optional<Type> byCode(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The name of a document's type in the person's language; the code itself for a type no longer listed. */
    public String label(String code, Locale language) {
        return byCode(code).map(t -> t.label(language)).orElse(code);
    }
}
