package org.impexflow.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.impexflow.reference.Languages;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.data.CharacterData;
import org.passay.data.CharacterSequence;
import org.passay.data.SequenceData;
import org.passay.rule.CharacterRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.Context;
import com.nulabinc.zxcvbn.Matching;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Keyboard;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * The password rules of the ANSM IMPEXWEB account guide, enforced on the server and ticked live by the
 * registration page ({@link #RULES} lists them in display order):
 * <ol>
 * <li>{@value #LENGTH}: 8 to 20 characters (Unicode code points; passay {@link LengthRule});</li>
 * <li>{@value #UPPER_AND_LOWER_CASE}: at least one upper-case and one lower-case letter, accented French
 * letters included (passay {@link CharacterRule}s);</li>
 * <li>{@value #FORBIDDEN_WORD}: neither "password" nor "test", in any case, accents ignored;</li>
 * <li>{@value #PERSONAL_INFORMATION}: no part of the first name, last name or e-mail local part: the
 * whole value and each of its tokens (split on spaces, hyphens, apostrophes, dots, underscores, plus signs
 * and digits) of {@value #MIN_PERSONAL_PART_LENGTH} characters or more, case and accents ignored;</li>
 * <li>{@value #COMMON_WORD}: no zxcvbn dictionary match (plain, l33t or reversed) of
 * {@value #MIN_COMMON_WORD_LENGTH} characters or more in its passwords, English Wikipedia, male and
 * female first-name dictionaries;</li>
 * <li>{@value #COMMON_SEQUENCE}: no zxcvbn keyboard pattern (QWERTY or keypad) of
 * {@value #MIN_KEYBOARD_PATTERN_LENGTH}+ characters with at most {@value #MAX_KEYBOARD_PATTERN_TURNS}
 * turns, or of {@value #LONG_KEYBOARD_PATTERN_LENGTH}+ characters with any number of turns; no AZERTY
 * row run of 4+ characters (passay {@link IllegalSequenceRule}, since zxcvbn only knows QWERTY-like
 * layouts); no zxcvbn alphabetical or numerical sequence of {@value #MIN_CHARACTER_SEQUENCE_LENGTH}+
 * characters with a step of 1 or 2 ("1234", "dcba", "2468"); no zxcvbn repeat of
 * {@value #MIN_REPEATED_CHARACTERS}+ identical characters ("aaa") or of a block covering
 * {@value #MIN_REPEATED_BLOCK_LENGTH}+ characters ("ababab").</li>
 * </ol>
 * The word and sequence rules look at the password in lower case without accents. Each piece of the
 * password is blamed on one rule only: a dictionary word overlapping a forbidden word, a personal part or
 * a common sequence is not reported again as a common word ("azerty", "1234", "marc", "password1" are
 * all in zxcvbn's password or name lists). This only shortens the list of failures: the password is
 * invalid anyway, and the word is reported once the other piece is gone.
 * <p>
 * The strength is zxcvbn's score (0 to 4), with the personal parts as user inputs, labelled in French.
 * Only the first {@value #MAX_ANALYSED_LENGTH} characters are analysed for words, sequences and
 * strength: longer passwords break {@value #LENGTH} anyway, and zxcvbn slows down on long input.
 * <p>
 * Instances are immutable and thread-safe; the dictionaries are loaded once, by the constructor.
 */
@Component
public class PasswordPolicy {

    public static final String LENGTH = "LENGTH";
    public static final String UPPER_AND_LOWER_CASE = "UPPER_AND_LOWER_CASE";
    public static final String FORBIDDEN_WORD = "FORBIDDEN_WORD";
    public static final String PERSONAL_INFORMATION = "PERSONAL_INFORMATION";
    public static final String COMMON_WORD = "COMMON_WORD";
    public static final String COMMON_SEQUENCE = "COMMON_SEQUENCE";

    /** The message keys of the rules' descriptions: {@code password.rule.<rule>}, French and English. */
    static final String RULE_KEY = "password.rule.";
    /** Every rule, in display order, with its French description, which is also the message of its failure. */
    public static final Map<String, String> RULES = rules();

    /** French labels of the zxcvbn scores 0 to 4. */
    static final List<String> STRENGTH_LABELS = List.of("Très faible", "Faible", "Moyen", "Fort", "Très fort");

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 20;
    static final List<String> FORBIDDEN_WORDS = List.of("password", "test");
    static final int MIN_PERSONAL_PART_LENGTH = 3;
    static final int MIN_COMMON_WORD_LENGTH = 4;
    static final int MIN_KEYBOARD_PATTERN_LENGTH = 4;
    static final int MAX_KEYBOARD_PATTERN_TURNS = 2;
    static final int LONG_KEYBOARD_PATTERN_LENGTH = 6;
    static final int MIN_CHARACTER_SEQUENCE_LENGTH = 4;
    static final int MAX_CHARACTER_SEQUENCE_STEP = 2;
    static final int MIN_REPEATED_CHARACTERS = 3;
    static final int MIN_REPEATED_BLOCK_LENGTH = 6;
    static final int MAX_ANALYSED_LENGTH = 64;

    /**
     * zxcvbn dictionaries of common words. Its surnames and US TV and film lists are left out: they hold
     * many odd four-letter tokens that random passwords hit by chance.
     */
    private static final Set<String> COMMON_WORD_DICTIONARIES = Set.of(StandardDictionaries.PASSWORDS,
            StandardDictionaries.ENGLISH_WIKIPEDIA, StandardDictionaries.MALE_NAMES, StandardDictionaries.FEMALE_NAMES);
    /** zxcvbn keyboards of common patterns; Dvorak and JIS are left out (not used in France, chance hits). */
    private static final Set<String> COMMON_KEYBOARDS = Set.of(StandardKeyboards.QWERTY, StandardKeyboards.KEYPAD,
            StandardKeyboards.MAC_KEYPAD);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\-'’._+0-9]+");

    private final Rule lengthRule = new LengthRule(MIN_LENGTH, MAX_LENGTH);
    private final Rule upperCaseRule = new CharacterRule(FrenchLetters.UPPER_CASE, 1);
    private final Rule lowerCaseRule = new CharacterRule(FrenchLetters.LOWER_CASE, 1);
    private final Rule azertyRowRule = new IllegalSequenceRule(AzertyRows.INSTANCE, MIN_KEYBOARD_PATTERN_LENGTH,
            false, true);
    /** zxcvbn's matchers restricted to the common-word dictionaries and common keyboards; stateless. */
    private final Matching commonPatterns;
    /** zxcvbn with all its dictionaries and keyboards, for the strength score; stateless. */
    private final Zxcvbn strengthEstimator;

    public PasswordPolicy() {
        List<Dictionary> dictionaries = loadDictionaries();
        List<Keyboard> keyboards = loadKeyboards();
        commonPatterns = new Matching(new Context(
                byName(dictionaries, Dictionary::getName, COMMON_WORD_DICTIONARIES),
                byName(keyboards, Keyboard::getName, COMMON_KEYBOARDS)), List.of());
        strengthEstimator = new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(keyboards).build();
    }

    /** Checks a password against every rule; firstName/lastName/email may be null or blank. */
    public PasswordCheck check(String password, String firstName, String lastName, String email) {
        String typed = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFC);
        String analysed = firstCodePoints(typed, MAX_ANALYSED_LENGTH);
        String folded = fold(analysed);
        List<String> personalParts = personalParts(firstName, lastName, email);

        Set<String> failed = new LinkedHashSet<>();
        if (!passes(lengthRule, typed)) {
            failed.add(LENGTH);
        }
        if (!passes(upperCaseRule, typed) || !passes(lowerCaseRule, typed)) {
            failed.add(UPPER_AND_LOWER_CASE);
        }
        List<Span> forbidden = occurrences(folded, FORBIDDEN_WORDS);
        List<Span> personal = occurrences(folded, personalParts);
        List<Match> matches = commonPatterns.omnimatch(folded);
        List<Span> sequences = commonSequences(matches, folded);
        List<Span> explained = concat(forbidden, personal, sequences);
        List<Span> words = commonWords(matches).stream().filter(word -> !overlapsAny(word, explained)).toList();
        addIfAny(failed, FORBIDDEN_WORD, forbidden);
        addIfAny(failed, PERSONAL_INFORMATION, personal);
        addIfAny(failed, COMMON_WORD, words);
        addIfAny(failed, COMMON_SEQUENCE, sequences);

        int score = strengthEstimator.measure(analysed, userInputs(personalParts, firstName, lastName, email))
                .getScore();
        return new PasswordCheck(failures(failed), score, STRENGTH_LABELS.get(score));
    }

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String rule : List.of(LENGTH, UPPER_AND_LOWER_CASE, FORBIDDEN_WORD, PERSONAL_INFORMATION, COMMON_WORD,
                COMMON_SEQUENCE)) {
            rules.put(rule, Languages.text(Locale.FRENCH, RULE_KEY + rule));
        }
        return Collections.unmodifiableMap(rules);
    }

    /**
     * A refusal's message in a language: a rule's French description (the message of its failure) in that
     * language, any other message as it is.
     */
    public String inLanguage(String message, Locale language) {
        return RULES.entrySet().stream().filter(rule -> rule.getValue().equals(message)).findFirst()
                .map(rule -> Languages.text(language, RULE_KEY + rule.getKey())).orElse(message);
    }

    private static List<PasswordCheck.Failure> failures(Set<String> failed) {
        return RULES.entrySet().stream()
                .filter(rule -> failed.contains(rule.getKey()))
                .map(rule -> new PasswordCheck.Failure(rule.getKey(), rule.getValue()))
                .toList();
    }

    private static boolean passes(Rule rule, String password) {
        RuleResult result = rule.validate(new PasswordData(password));
        return result.isValid();
    }

    private static void addIfAny(Set<String> failed, String rule, List<Span> evidence) {
        if (!evidence.isEmpty()) {
            failed.add(rule);
        }
    }

    // --- common words and sequences -------------------------------------------------------------

    private static List<Span> commonWords(List<Match> matches) {
        return matches.stream()
                .filter(match -> match.pattern == com.nulabinc.zxcvbn.Pattern.Dictionary)
                .filter(match -> match.tokenLength() >= MIN_COMMON_WORD_LENGTH)
                .map(PasswordPolicy::span)
                .toList();
    }

    private List<Span> commonSequences(List<Match> matches, String folded) {
        List<Span> sequences = new ArrayList<>();
        for (Match match : matches) {
            if (isCommonSequence(match)) {
                sequences.add(span(match));
            }
        }
        sequences.addAll(azertyRows(folded));
        return sequences;
    }

    private static boolean isCommonSequence(Match match) {
        switch (match.pattern) {
            case Spatial:
                return isCommonKeyboardPattern(match);
            case Sequence:
                return isCommonCharacterSequence(match.token);
            case Repeat:
                return isCommonRepeat(match);
            default:
                return false;
        }
    }

    private static boolean isCommonKeyboardPattern(Match match) {
        int length = match.tokenLength();
        return length >= LONG_KEYBOARD_PATTERN_LENGTH
                || length >= MIN_KEYBOARD_PATTERN_LENGTH && match.turns <= MAX_KEYBOARD_PATTERN_TURNS;
    }

    /** zxcvbn reports steps up to 5 ("jmp", "gko"), which random passwords hit by chance; keep 1 and 2. */
    private static boolean isCommonCharacterSequence(CharSequence token) {
        if (token.length() < MIN_CHARACTER_SEQUENCE_LENGTH) {
            return false;
        }
        int[] firstTwo = token.codePoints().limit(2).toArray();
        int step = Math.abs(firstTwo[1] - firstTwo[0]);
        return step >= 1 && step <= MAX_CHARACTER_SEQUENCE_STEP;
    }

    private static boolean isCommonRepeat(Match match) {
        int length = match.tokenLength();
        return match.baseToken.length() == 1 && length >= MIN_REPEATED_CHARACTERS
                || length >= MIN_REPEATED_BLOCK_LENGTH;
    }

    private List<Span> azertyRows(String folded) {
        RuleResult result = azertyRowRule.validate(new PasswordData(folded));
        List<String> runs = new ArrayList<>();
        for (RuleResultDetail detail : result.getDetails()) {
            runs.add(String.valueOf(detail.getParameters().get("sequence")));
        }
        return occurrences(folded, runs);
    }

    private static Span span(Match match) {
        return new Span(match.i, match.j + 1);
    }

    // --- personal information --------------------------------------------------------------------

    /** The folded first name, last name and e-mail local part, and their tokens, of 3 characters or more. */
    private static List<String> personalParts(String firstName, String lastName, String email) {
        Set<String> parts = new LinkedHashSet<>();
        addParts(parts, firstName);
        addParts(parts, lastName);
        addParts(parts, localPart(email));
        return List.copyOf(parts);
    }

    private static void addParts(Set<String> parts, String value) {
        if (value == null) {
            return;
        }
        String folded = fold(value.strip());
        addIfLongEnough(parts, folded);
        for (String token : NAME_SEPARATORS.split(folded)) {
            addIfLongEnough(parts, token);
        }
    }

    private static void addIfLongEnough(Set<String> parts, String part) {
        if (part.codePointCount(0, part.length()) >= MIN_PERSONAL_PART_LENGTH) {
            parts.add(part);
        }
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    /** The personal parts as zxcvbn user inputs, with the names as typed (lower-cased by zxcvbn), accents included. */
    private static List<String> userInputs(List<String> personalParts, String... values) {
        Set<String> inputs = new LinkedHashSet<>(personalParts);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                inputs.add(value.strip());
            }
        }
        return List.copyOf(inputs);
    }

    // --- text helpers ----------------------------------------------------------------------------

    /** Lower case, accents removed, ligatures expanded: "Lefèvre" and "LEFEVRE" both give "lefevre". */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }

    private static String firstCodePoints(String text, int count) {
        if (text.codePointCount(0, text.length()) <= count) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, count));
    }

    private static List<Span> occurrences(String text, Collection<String> words) {
        List<Span> spans = new ArrayList<>();
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                spans.add(new Span(at, at + word.length()));
            }
        }
        return spans;
    }

    @SafeVarargs
    private static List<Span> concat(List<Span>... lists) {
        List<Span> all = new ArrayList<>();
        for (List<Span> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static boolean overlapsAny(Span span, List<Span> others) {
        return others.stream().anyMatch(other -> other.overlaps(span));
    }

    // --- loading ---------------------------------------------------------------------------------

    private static List<Dictionary> loadDictionaries() {
        try {
            return StandardDictionaries.loadAllDictionaries();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn dictionaries cannot be read", e);
        }
    }

    private static List<Keyboard> loadKeyboards() {
        try {
            return StandardKeyboards.loadAllKeyboards();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn keyboards cannot be read", e);
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name, Set<String> kept) {
        return items.stream()
                .filter(item -> kept.contains(name.apply(item)))
                .collect(Collectors.toMap(name, item -> item, (first, second) -> first, LinkedHashMap::new));
    }

    /** A range [start, end) of the folded password. */
    private record Span(int start, int end) {

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    /** Upper- and lower-case letters of French, for passay's {@link CharacterRule}. */
    private enum FrenchLetters implements CharacterData {

        UPPER_CASE("INSUFFICIENT_UPPERCASE", "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"),
        LOWER_CASE("INSUFFICIENT_LOWERCASE", "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœ");

        private final String errorCode;
        private final String characters;

        FrenchLetters(String errorCode, String characters) {
            this.errorCode = errorCode;
            this.characters = characters;
        }

        @Override
        public String getErrorCode() {
            return errorCode;
        }

        @Override
        public String getCharacters() {
            return characters;
        }
    }

    /** The letter rows of the French AZERTY keyboard, for passay's {@link IllegalSequenceRule} (both directions). */
    private enum AzertyRows implements SequenceData {

        INSTANCE;

        @Override
        public String getErrorCode() {
            return "ILLEGAL_AZERTY_SEQUENCE";
        }

        @Override
        public CharacterSequence[] getSequences() {
            return new CharacterSequence[] {
                    new CharacterSequence("azertyuiop"),
                    new CharacterSequence("qsdfghjklm"),
                    new CharacterSequence("wxcvbn")};
        }
    }
}
