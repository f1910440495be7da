package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The endpoint of the Tasklist forms' button: what it stores, what it refuses, and to whom it answers. */
@ImpexflowSpringTest
class FormAttachmentEndpointTests {

    private static final String UPLOAD = "/pieces-jointes/formulaire";

    @LocalServerPort
    int port;
    @Autowired
    Attachments attachments;
    @Autowired
    AttachmentRepository repository;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private WebSession declarant() {
        String email = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
        WebSession session = new WebSession("http://localhost:" + port);
        session.logIn(email, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }

    @Test
    void aFileSentWithTheWebappsTokenIsStoredForTheUploaderWithTheTypeOfItsExtension() {
        WebSession session = declarant();
        WebSession.Page answer = session.uploadAsWebapp(UPLOAD, "file", "certificat.pdf",
                "%PDF-1.4 certificat".getBytes(), true);
        assertThat(answer.status()).isEqualTo(201);
        String reference = answer.body().replaceAll(".*\"reference\":\"(PJ-[A-Z0-9-]+)\".*", "$1");
        Attachment stored = attachments.byReference(reference).orElseThrow();
        assertThat(answer.body()).contains("\"fileName\":\"certificat.pdf\"", "\"sizeBytes\":19");
        assertThat(stored.getContentType()).as("not the browser's octet-stream").isEqualTo("application/pdf");
        assertThat(stored.isLinked()).isFalse();
    }

    @Test
    void aRequestWithoutTheSessionsTokenIsRefusedAndStoresNothing() {
        WebSession session = declarant();
        long before = repository.count();
        WebSession.Page answer = session.uploadAsWebapp(UPLOAD, "file", "certificat.pdf",
                "%PDF-1.4 forgé".getBytes(), false);
        assertThat(answer.status()).isEqualTo(403);
        WebSession.Page forged = session.withHeader("X-XSRF-TOKEN", "not-the-token")
                .uploadAsWebapp(UPLOAD, "file", "certificat.pdf", "%PDF-1.4 forgé".getBytes(), false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void refusedTypesAndEmptyFilesAreNamedAndNotStored() {
        WebSession session = declarant();
        long before = repository.count();
        WebSession.Page program = session.uploadAsWebapp(UPLOAD, "file", "outil.exe", "MZ".getBytes(), true);
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.body()).contains("\"code\":\"TYPE_REFUSED\"", "outil.exe");
        WebSession.Page disguised = session.uploadAsWebapp(UPLOAD, "file", "lettre.pdf", "MZ".getBytes(), true);
        assertThat(disguised.body()).contains("\"code\":\"TYPE_REFUSED\"", "lettre.pdf");
        WebSession.Page binaryText = session.uploadAsWebapp(UPLOAD, "file", "note.txt", new byte[] {'a', 0, 'b'}, true);
        assertThat(binaryText.body()).contains("\"code\":\"TYPE_REFUSED\"");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anotherEstablishmentsReferenceIsAnsweredAsUnknownWithoutItsName() {
        WebSession session = declarant();
        String stranger = TestAccounts.person(accounts, "etranger", "declarants");
        String theirs = attachments.upload(stranger, "secret-concurrent.pdf", "%PDF-1.4 s".getBytes()).getReference();
        WebSession.Page answer = session.get(UPLOAD + "/" + theirs);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("secret-concurrent");
        assertThat(session.get(UPLOAD + "/PJ-ZZZZ-ZZZZ").status()).as("alike for one that does not exist")
                .isEqualTo(404);
        String colleagues = attachments.upload(DECLARANT, "colleague.pdf", "%PDF-1.4 c".getBytes()).getReference();
        assertThat(session.get(UPLOAD + "/" + colleagues).body()).contains("colleague.pdf");
    }
}
