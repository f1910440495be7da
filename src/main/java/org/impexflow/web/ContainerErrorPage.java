package org.impexflow.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests that the servlet container refuses before any of ours sees them (an address holding a NUL or an
 * encoded slash, {@code /mes-declarations/%00}) were answered with Tomcat's English page "HTTP Status 400 –
 * Bad Request", without the security headers of our pages. The host's error report is ours: a short page in
 * French and English with a way back, the headers of our pages, and nothing of the server. Errors of our own
 * pages keep their page ({@link ErrorPages}): this one speaks only where nothing else has.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPage {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName());
            }
        });
    }

    /** Tomcat's error report, ours. Public: the host creates it by its class name. */
    public static class Report extends ErrorReportValve {

        private static final String PAGE = """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><title>impexflow – %1$s</title></head>
                <body><main><h1>%1$s</h1>
                <p>%2$s <a href="/">Retour à l'accueil</a></p>
                <p lang="en">%3$s <a href="/">Back to the home page</a></p>
                </main></body></html>
                """;

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String page = status == 400
                    ? PAGE.formatted("Adresse invalide", "Cette adresse ne peut pas être lue : vérifiez-la ou repartez "
                            + "de l'accueil.", "This address cannot be read: check it, or start again from the home page.")
                    : PAGE.formatted("Erreur " + status, "La demande n'a pas pu aboutir.", "The request could not be served.");
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("utf-8");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Cache-Control", "no-store");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the connection is gone: nothing more to say
            }
        }
    }
}
