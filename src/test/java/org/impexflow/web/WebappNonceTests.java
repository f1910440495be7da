package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The nonce of a webapp page's Content-Security-Policy is the one its scripts carry, however many requests
 * the server serves at the same time (Camunda keeps it in the servlet context, shared by all requests:
 * {@link WebappNonces}). A page whose scripts carry another nonce never starts: its scripts are refused.
 */
@ImpexflowSpringTest
class WebappNonceTests {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    Accounts accounts;

    @Test
    void everyPageCarriesTheNonceOfItsOwnHeaderUnderConcurrentRequests() throws Exception {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(TestAccounts.person(accounts, "admin", Groups.ADMINISTRATORS), TestAccounts.PASSWORD,
                TestAccounts.SECRET).status()).isEqualTo(302);
        String page = "/camunda/app/tasklist/default/";
        String other = "/camunda/app/cockpit/default/";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String path = i % 2 == 0 ? page : other;
                answers.add(pool.submit(() -> {
                    WebSession.Page response = session.get(path);
                    Matcher header = HEADER_NONCE.matcher(String.valueOf(response.header("Content-Security-Policy")));
                    Matcher body = PAGE_NONCE.matcher(response.body());
                    if (response.status() != 200 || !header.find() || !body.find()) {
                        return "no nonce: " + response.status();
                    }
                    return header.group(1).equals(body.group(1)) ? "same" : "header " + header.group(1)
                            + ", page " + body.group(1);
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results).as("each page's scripts carry its header's nonce").containsOnly("same");
        } finally {
            pool.shutdownNow();
        }
    }
}
