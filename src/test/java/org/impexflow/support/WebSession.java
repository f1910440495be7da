package org.impexflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: cookies, CSRF tokens of our forms, the webapps' XSRF
 * header, no automatic redirects (tests look at them).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {
        public boolean redirectsTo(String path) {
            return location != null && location.contains(path);
        }

        /** A header of the answer (the first value), or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The Set-Cookie header of a cookie, or null. */
        public String setCookie(String name) {
            return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                    .orElse(null);
        }
    }

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A header sent with every request of this session from now on, as a proxy in front would add it. */
    public WebSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The cookies the session holds. */
    public java.util.List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    /** The value of a cookie the session holds, if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** A request with no body and these headers besides the session's, e.g. a POST a forged page would send. */
    public Page request(String method, String path, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        extraHeaders.forEach(request::header);
        return send(request);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A file (PDF, workbook…) as its bytes; fails unless the answer is 200. */
    public byte[] download(String path) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(uri(path)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Opens the page of the form, then submits it with its CSRF token. */
    public Page submit(String pagePath, String actionPath, Map<String, String> fields) {
        Page page = get(pagePath);
        Matcher token = CSRF.matcher(page.body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(actionPath)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Opens the page of a form, then submits it as multipart/form-data with its CSRF token, the fields
     * and one file, as a browser does with {@code <input type="file">}.
     */
    public Page upload(String pagePath, String actionPath, Map<String, String> fields, String fileField,
            String fileName, byte[] content) {
        Page page = get(pagePath);
        Matcher token = CSRF.matcher(page.body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        String boundary = "----impexflow" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(actionPath))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * One file sent as multipart/form-data to a JSON endpoint, as the button of the Tasklist forms does:
     * with the webapps' XSRF header when {@code withWebappToken}, with no CSRF token otherwise.
     */
    public Page uploadAsWebapp(String actionPath, String fileField, String fileName, byte[] content,
            boolean withWebappToken) {
        if (xsrf().isEmpty()) {
            get("/camunda/api/engine/engine/default/task/count");
        }
        String boundary = "----impexflow" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(actionPath)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (withWebappToken) {
            xsrf().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        return send(request);
    }

    /**
     * Password then a TOTP code no earlier login of these tests used (waiting for the next one when
     * needed); a second code only if a login these tests did not count used that step.
     *
     * @return where the login ends: "/" (or the page asked first) when it succeeded
     */
    public Page logIn(String user, String password, String totpSecret) {
        Page afterPassword = submit("/login", "/login", Map.of("username", user, "password", password));
        if (!afterPassword.redirectsTo("/login/totp")) {
            return afterPassword;
        }
        Page last = afterPassword;
        for (int attempt = 0; attempt < 2; attempt++) {
            last = submit("/login/totp", "/login/totp", Map.of("code", TotpCodes.unusedCode(user, totpSecret)));
            if (last.status() == 302) {
                return last;
            }
        }
        return last;
    }

    /**
     * A call to the webapps' own API, with their CSRF header (a request without it ends the session,
     * as the webapps' CSRF filter does). The first call opens the engine API, as the webapps do.
     */
    public Page webapp(String method, String path, String json) {
        if (xsrf().isEmpty()) {
            get("/camunda/api/engine/engine/default/task/count");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        xsrf().ifPresentOrElse(token -> request.header("X-XSRF-TOKEN", token), () -> { });
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request);
    }

    private java.util.Optional<String> xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::setHeader);
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
