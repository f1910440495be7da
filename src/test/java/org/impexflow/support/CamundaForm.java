package org.impexflow.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Fills a Camunda Form rendered by Tasklist, field by field, as a person does. */
public final class CamundaForm {

    private final Browser browser;

    public CamundaForm(Browser browser) {
        this.browser = browser;
    }

    /** Opens Tasklist's start dialog and the start form of a process, by its name. */
    public static CamundaForm startForm(Browser browser, String processName) {
        browser.click(Browser.START_PROCESS);
        browser.click(By.xpath("//a[@ng-click='selectProcessDefinition(processDefinition)']"
                + "[normalize-space()=\"" + processName + "\"]"));
        browser.find(By.cssSelector(".fjs-form"));
        return new CamundaForm(browser);
    }

    public WebElement input(String key) {
        return browser.find(By.cssSelector("input[id*='-Field_" + key + "_'], textarea[id*='-Field_" + key + "_']"));
    }

    /**
     * Types into a field and waits until form-js has kept the value: it applies typing after a debounce,
     * and a slow browser may re-render the field with the previous field's late update, losing the text
     * (seen under load: the import request's unit left empty). Then it types again.
     */
    public CamundaForm type(String key, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement field = input(key);
            field.clear();
            field.sendKeys(text);
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (text.equals(input(key).getAttribute("value"))) {
                return this;
            }
        }
        throw new IllegalStateException("The field " + key + " does not keep \"" + text + "\"");
    }

    /** A searchable select: type to filter, then pick the entry. */
    public CamundaForm search(String key, String text, String entry) {
        WebElement field = input(key);
        field.click();
        field.sendKeys(text);
        browser.click(entry(entry));
        field.sendKeys(Keys.TAB);
        return this;
    }

    /** A plain select: open it, then pick the entry. */
    public CamundaForm choose(String key, String entry) {
        browser.click(By.cssSelector("[id*='-Field_" + key + "_'][id$='-display']"));
        browser.click(entry(entry));
        return this;
    }

    /**
     * A date field (form-js's date picker, which takes typing): the day typed in the order its placeholder
     * shows (day first in both languages: jj/mm/aaaa, dd/mm/yyyy), then the field left, as a person does.
     */
    public CamundaForm date(String key, java.time.LocalDate day) {
        WebElement field = input(key);
        String pattern = java.util.Objects.requireNonNullElse(field.getAttribute("placeholder"), "mm/dd/yyyy")
                .toLowerCase(java.util.Locale.ROOT);
        String typed = pattern.replaceAll("y+|a{4}", String.valueOf(day.getYear()))
                .replaceAll("m+", "%02d".formatted(day.getMonthValue()))
                .replaceAll("d+|j+", "%02d".formatted(day.getDayOfMonth()));
        field.click();
        field.sendKeys(typed);
        field.sendKeys(Keys.TAB);
        return this;
    }

    /**
     * What every export declaration carries since issue 20: the first export planned in two months, and the
     * manufacture under EU GMP (manufacturer, batch release site, EudraGMDP reference).
     */
    public CamundaForm firstExportAndManufacture() {
        date("firstExportDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusMonths(2));
        type("manufacturerName", "Fabricant Démo SAS");
        type("manufacturerAddress", "12 rue des Usines, 45000 Orléans");
        search("manufacturerCountry", "France", "France (FR)");
        type("releaseSiteName", "Libération Démo SAS");
        type("releaseSiteAddress", "3 allée des Lots, 69007 Lyon");
        type("gmpReference", "FR/GMP/2025/0042");
        return this;
    }

    /** The start button of the start dialog. */
    public void start() {
        browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    }

    /** The complete button of a task form. */
    public void complete() {
        browser.click(By.cssSelector("button[ng-click='complete()']"));
    }

    private static By entry(String label) {
        return By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=\"" + label + "\"]");
    }
}
