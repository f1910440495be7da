package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.impexflow.ImpexflowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The mails a newcomer reads (README): the application as {@code mvn spring-boot:run} starts it, behind
 * Tomcat's handling of forwarded headers, answers {@code /mails} to a browser on this machine, and not to
 * a request that came through a proxy. Tomcat marks every request from the loopback address as forwarded
 * (127/8 is a trusted proxy), headers or not: taken as a sign of a proxy, that mark made the page answer
 * 404 to everybody.
 */
class MailViewerOnItsDefaultsTests {

    @TempDir
    Path data;

    @Test
    void aBrowserOnThisMachineReadsTheMailsAndAProxiedRequestDoesNot() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ImpexflowApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--impexflow.data-dir=" + data.toAbsolutePath(),
                "--impexflow.mail.embedded.port=" + freePort(), "--logging.level.root=WARN",
                "--logging.level.org.impexflow=WARN");
        try {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> local = http.send(HttpRequest.newBuilder(URI.create(base + "/mails")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base + "/mails"))
                    .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(local.statusCode()).isEqualTo(200);
            assertThat(local.body()).contains("<h1>Courriels envoyés</h1>");
            assertThat(proxied.statusCode()).isEqualTo(404);
            assertThat(proxied.body()).contains("Page introuvable").doesNotContain("<h1>Courriels envoyés</h1>");
        } finally {
            app.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
