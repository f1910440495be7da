package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A document made twice for the same case and purpose is the one stored the first time. */
@ImpexflowSpringTest
class CaseDocumentsTests {

    @Autowired
    CaseDocuments documents;

    @Test
    void aDocumentIsMadeOnceWithOneVerificationCode() {
        List<String> stored = new ArrayList<>();
        List<String> codesPrinted = new ArrayList<>();
        long caseId = System.nanoTime();

        for (int i = 0; i < 2; i++) {
            String document = documents.once(() -> stored.stream().findFirst(), "TEST_DOCUMENT", caseId, code -> {
                codesPrinted.add(code);
                return ("PDF " + code).getBytes(StandardCharsets.UTF_8);
            }, bytes -> {
                stored.add(new String(bytes, StandardCharsets.UTF_8));
                return stored.get(0);
            });
            assertThat(document).isEqualTo("PDF " + codesPrinted.get(0));
        }

        assertThat(codesPrinted).as("rendered once").hasSize(1);
        assertThat(stored).as("stored once").hasSize(1);
        // another purpose, or a document lost before storage: the code issued for the case stays the same
        String again = documents.once(Optional::empty, "TEST_DOCUMENT", caseId, code -> code.getBytes(StandardCharsets.UTF_8),
                bytes -> new String(bytes, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(codesPrinted.get(0));
    }
}
