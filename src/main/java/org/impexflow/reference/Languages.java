package org.impexflow.reference;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages impexflow speaks: French (the default, the language of record) and English. The texts
 * themselves are in {@code messages.properties} (French) and {@code messages_en.properties}; pages read
 * them through Spring's message source, and code that has no request (enum labels, PDFs, mails) through
 * {@link #text(Locale, String, Object...)}, so that each text is written once per language.
 */
public final class Languages {

    private Languages() {
    }

    /** The supported language of a tag or locale ("en", "en-GB", "fr", anything else → French). */
    public static Locale of(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static Locale of(Locale locale) {
        return locale == null ? Locale.FRENCH : of(locale.getLanguage());
    }

    public static boolean isEnglish(Locale locale) {
        return of(locale) == Locale.ENGLISH;
    }

    /** The text of a key of {@code messages*.properties}, with its {@code {0}} arguments filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", of(locale), NO_FALLBACK_TO_SYSTEM);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, of(locale)).format(arguments);
    }

    /** The text of a key of {@code messages*.properties} when it has one, else {@code fallback}. */
    public static String textIfAny(Locale locale, String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", of(locale), NO_FALLBACK_TO_SYSTEM);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * The text of a key where only English has one: enum labels are written in French in the enum (the
     * language of record), and in English as {@code status.FILED}, {@code event.FILED}… in
     * messages_en.properties. An enum without French labels of its own has both in the files ({@link Labelled}).
     */
    public static String textOr(Locale locale, String key, String french) {
        if (!isEnglish(locale)) {
            return french;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ENGLISH, NO_FALLBACK_TO_SYSTEM);
        return bundle.containsKey(key) ? bundle.getString(key) : french;
    }

    /**
     * The order of names in a language, as its readers expect it: accents and case second to the letters
     * ("Bénin" before "Burundi", which the order of characters puts after).
     */
    public static java.util.Comparator<String> order(Locale language) {
        java.text.Collator collator = java.text.Collator.getInstance(of(language));
        collator.setStrength(java.text.Collator.TERTIARY);
        return collator::compare;
    }

    /**
     * A text as searches compare it, the same in every language: lower case, without accents ("Artésunate"
     * → "artesunate"), so that what is typed finds what is written whatever its accents and case.
     */
    public static String searchable(String text) {
        if (text == null) {
            return "";
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** French is messages.properties itself: never the server's own language. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
