package org.impexflow.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromium-driver (both installed by .ci/run); nothing is
 * downloaded. A screenshot of the page is kept in target/browser/ when a test needs to show it.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    /** Tasklist's "Start process" link, whatever the language. */
    public static final By START_PROCESS = By.xpath(
            "//a[@ng-click='open()'][.//span[contains(@class,'glyphicon-list-alt')]]");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    /** A browser whose own language is French; the errors its pages log are kept for {@link #console()}. */
    public Browser(String baseUrl) {
        this(baseUrl, "fr-FR");
    }

    /**
     * A browser whose own language is {@code browserLanguage} (e.g. "en-US": a French person on an English
     * browser); the language of our pages and the webapps is impexflow's, French unless chosen otherwise.
     */
    public Browser(String baseUrl, String browserLanguage) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1100", "--lang=" + browserLanguage);
        // errors only (CSP violations, resources that fail are): collecting every message slows Tasklist's forms
        // enough to lose typing. Kept for every browser: a page that never starts says why in the failure.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Scrolls the element to the middle of the window (away from fixed headers and footers), then clicks. */
    public void click(By by) {
        WebElement element = clickable(by);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            clickable(by).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            screenshot("click-intercepted");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", clickable(by));
        }
    }

    /**
     * Waits for the text in the element, across page changes: an element read while its page unloads
     * (stale, or chromedriver's "does not belong to the document") is looked up again.
     */
    public void waitForText(By by, String text) {
        try {
            wait.until(ignored -> {
                try {
                    return ExpectedConditions.textToBePresentInElementLocated(by, text).apply(driver);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (isGone(e)) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw shown(e, "\"" + text + "\" in " + by);
        }
    }

    /**
     * A wait that failed, with what the page showed then (its address, its text and the errors it logged; a
     * screenshot "timeout-…" in target/browser/): a failure in CI says what the person would have seen.
     */
    private AssertionError shown(org.openqa.selenium.TimeoutException e, String awaited) {
        screenshot("timeout-" + Integer.toHexString(awaited.hashCode()));
        String page;
        try {
            page = driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException unreadable) {
            page = "(page unreadable: " + unreadable.getMessage() + ")";
        }
        String errors;
        try {
            errors = String.join("\n", console());
        } catch (org.openqa.selenium.WebDriverException unreadable) {
            errors = "(console unreadable)";
        }
        return new AssertionError("Waited 20 s for " + awaited + "; the page showed:\n" + page
                + "\nerrors logged by the page:\n" + errors, e);
    }

    private static boolean isGone(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /**
     * The element's page was left. While the page unloads, chromedriver sometimes answers "Node with given
     * id does not belong to the document" instead of "stale element": both mean the element is gone.
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> left(WebElement element) {
        return ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (isGone(e)) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Logs in as people do: e-mail and password on /login, then a TOTP code no earlier login used
     * (waiting for the next one when needed), then Tasklist opens.
     */
    public void logIntoTasklist(String user, String password) {
        logIn(user, password, TotpCodes.secretOf(user));
        open("/camunda/app/tasklist/");
        // Tasklist's first start loads and compiles its whole application: on a loaded machine this takes
        // longer than a page of ours, so its first sign of life gets a longer wait. A page that never starts
        // was seen in 4 of about 50 campaign runs: its scripts refused by the browser because the page carried
        // another request's CSP nonce (Camunda kept it in the servlet context; fixed by WebappNonces, checked
        // by WebappNonceTests). Should a page still not start, the test reloads it once, as a person would,
        // and prints what the page showed, loaded and logged, so that the cause is named.
        String first = startedWithin(Duration.ofSeconds(45), user);
        if (first == null) {
            return;
        }
        System.out.println("Tasklist did not start for " + user + "; reloading it once. " + first);
        driver.navigate().refresh();
        String second = startedWithin(Duration.ofSeconds(45), user);
        if (second != null) {
            throw new IllegalStateException("Tasklist showed no 'Démarrer un processus' to " + user
                    + ", even after a reload: " + first + "\nafter the reload: " + second);
        }
    }

    /** Null once Tasklist shows its start link; otherwise what the page shows and loaded (and a picture). */
    private String startedWithin(Duration wait, String user) {
        try {
            new WebDriverWait(driver, wait).until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS));
            return null;
        } catch (org.openqa.selenium.TimeoutException notShown) {
            screenshot("tasklist-" + user);
            return "At " + driver.getCurrentUrl() + " after " + wait.toSeconds() + " s: "
                    + driver.findElement(By.tagName("body")).getText() + "\nwhat the page loaded: " + loaded()
                    + "\nwhat the page logged: " + console();
        }
    }

    /** The page's state and the resources it loaded, with their time and size, for a failure's message. */
    private String loaded() {
        try {
            return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.readyState + ' ' + performance.getEntriesByType('resource').map(r => "
                            + "r.name.replace(location.origin, '') + ' ' + r.initiatorType + ' ' + r.responseStatus + ' '"
                            + " + Math.round(r.startTime) + '+' + Math.round(r.duration) + 'ms ' + r.transferSize + '/'"
                            + " + r.decodedBodySize).join('\\n') + '\\nscripts: ' + Array.from(document.scripts)"
                            + ".map(s => (s.src || 'inline').replace(location.origin, '')).join(' ')"
                            + " + '\\ncamTasklistConf: ' + (typeof window.camTasklistConf)"
                            + " + ' angular: ' + (typeof window.angular) + ' requirejs: ' + (typeof window.requirejs)"));
        } catch (org.openqa.selenium.WebDriverException e) {
            return "(not readable: " + e.getMessage() + ")";
        }
    }

    /**
     * Logged in as {@link #logInOnThePage} would be, without walking the login pages: the password and a code no
     * earlier login used are sent by an HTTP client (as the pages send them), the browser takes the session's
     * cookies, then opens where the login led (the person's landing page). For the tests whose subject comes
     * after the login: the pages of the login have their own (LoginTests, LandingBrowserTests), and a walk of
     * them costs each test about two seconds.
     */
    public void logIn(String user, String password, String totpSecret) {
        WebSession session = new WebSession(baseUrl);
        WebSession.Page last = session.logIn(user, password, totpSecret);
        if (last.status() != 302 || last.location() == null || last.location().contains("/login")) {
            throw new IllegalStateException("The login of " + user + " ended with " + last.status() + " at "
                    + last.location());
        }
        // a page of the site, for the cookies to be the site's
        open("/favicon.ico");
        for (java.net.HttpCookie cookie : session.cookies()) {
            driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder(cookie.getName(), cookie.getValue())
                    .path("/").isHttpOnly(cookie.isHttpOnly()).build());
        }
        String landing = last.location();
        driver.get(landing.startsWith("http") ? landing : baseUrl + landing);
    }

    /** Logs in on the login pages, as people do: the password, then the code of the authenticator app. */
    public void logInOnThePage(String user, String password, String totpSecret) {
        open("/login");
        logInHere(user, password, totpSecret);
    }

    /** Logs in on the login page the browser shows now (where a page asked for led it). */
    public void logInHere(String user, String password, String totpSecret) {
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        WebElement passwordForm = find(By.cssSelector("form.card"));
        click(By.cssSelector("form.card button[type='submit']"));
        wait.until(left(passwordForm));
        // a second try only for a step used by a login these tests did not count (another path)
        for (int attempt = 0; attempt < 2; attempt++) {
            WebElement code;
            try {
                code = find(By.id("code"));
            } catch (org.openqa.selenium.TimeoutException noCodeStep) {
                screenshot("login-" + user);
                throw new IllegalStateException("No code step after the password of " + user + " at "
                        + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText(),
                        noCodeStep);
            }
            code.clear();
            code.sendKeys(TotpCodes.unusedCode(user, totpSecret));
            click(By.cssSelector("form.card button[type='submit']"));
            // the next page, whatever it is, before looking at where we are
            wait.until(left(code));
            if (!driver.getCurrentUrl().contains("/login/totp")) {
                return;
            }
        }
        throw new IllegalStateException("TOTP code refused for " + user);
    }

    /** The errors the pages logged since the last call (CSP violations among them); every browser keeps them. */
    public java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot must not hide the test's own result
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
