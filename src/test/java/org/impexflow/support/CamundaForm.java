package org.impexflow.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Fills a Camunda Form rendered by Tasklist, field by field, as a person does. */
public final class CamundaForm {

    private final Browser browser;
    /** What was typed into each field since the last {@link #settle()}, in order. */
    private final java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();

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
        return browser.find(field(key));
    }

    /** The text input or text area of a field, by its key. */
    private static By field(String key) {
        return By.cssSelector("input[id*='-Field_" + key + "_'], textarea[id*='-Field_" + key + "_']");
    }

    /**
     * Types into a field. form-js applies typing after a debounce, and a slow browser may re-render a field
     * with the previous field's late update, losing its text (seen under load: the import request's unit
     * left empty): what was typed is kept here, and {@link #start()} and {@link #complete()} look at every
     * typed field once the debounce is over, typing again what was lost, before they press the button.
     */
    public CamundaForm type(String key, String text) {
        WebElement field = input(key);
        field.clear();
        field.sendKeys(text);
        typed.put(key, text);
        return this;
    }

    /**
     * Waits for form-js's debounce, then types again, waiting each time, every typed field that no longer
     * shows what was typed (a field hidden since, by a condition of the form, is left alone).
     */
    public CamundaForm settle() {
        pause();
        for (java.util.Map.Entry<String, String> entry : typed.entrySet()) {
            for (int attempt = 0; !shows(entry.getKey(), entry.getValue()); attempt++) {
                if (attempt == 3) {
                    throw new IllegalStateException("The field " + entry.getKey() + " does not keep \""
                            + entry.getValue() + "\"");
                }
                WebElement field = input(entry.getKey());
                field.clear();
                field.sendKeys(entry.getValue());
                pause();
            }
        }
        typed.clear();
        return this;
    }

    /** Whether the field shows the text, or is no longer on the form. */
    private boolean shows(String key, String text) {
        java.util.List<WebElement> fields = browser.driver().findElements(field(key));
        return fields.isEmpty() || !fields.get(0).isDisplayed() || text.equals(fields.get(0).getAttribute("value"));
    }

    /** Longer than form-js's debounce of typing (300 ms). */
    private static void pause() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        settle();
        browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    }

    /** The complete button of a task form. */
    public void complete() {
        settle();
        browser.click(By.cssSelector("button[ng-click='complete()']"));
    }

    private static By entry(String label) {
        return By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=\"" + label + "\"]");
    }
}
