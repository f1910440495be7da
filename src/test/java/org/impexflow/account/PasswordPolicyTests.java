package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.account.PasswordPolicy.COMMON_SEQUENCE;
import static org.impexflow.account.PasswordPolicy.COMMON_WORD;
import static org.impexflow.account.PasswordPolicy.FORBIDDEN_WORD;
import static org.impexflow.account.PasswordPolicy.LENGTH;
import static org.impexflow.account.PasswordPolicy.PERSONAL_INFORMATION;
import static org.impexflow.account.PasswordPolicy.UPPER_AND_LOWER_CASE;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rules of the IMPEXWEB account guide. Unless a case says otherwise the user is the demo
 * declarant, Marc Lefèvre, declarant@labo.example, and the passwords are built around the demo password
 * so that only the rule under test can break.
 */
class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String DEMO_PASSWORD = "Vk8#Lp2!Rz5q";

    private static PasswordCheck check(String password) {
        return POLICY.check(password, "Marc", "Lefèvre", "declarant@labo.example");
    }

    private static List<String> brokenRules(PasswordCheck check) {
        return check.failures().stream().map(PasswordCheck.Failure::rule).toList();
    }

    @Test
    void demoPasswordPassesEveryRuleForTheDemoDeclarant() {
        PasswordCheck check = check(DEMO_PASSWORD);

        assertThat(check.failures()).isEmpty();
        assertThat(check.isValid()).isTrue();
        assertThat(check.strengthScore()).isEqualTo(4);
        assertThat(check.strengthLabel()).isEqualTo("Très fort");
    }

    @Test
    void listsTheSixRulesInDisplayOrderWithTheirFrenchDescriptions() {
        assertThat(PasswordPolicy.RULES).containsExactly(
                entry(LENGTH, "Entre 8 et 20 caractères"),
                entry(UPPER_AND_LOWER_CASE, "Au moins une majuscule et une minuscule"),
                entry(FORBIDDEN_WORD, "Ne doit pas contenir « password » ni « test »"),
                entry(PERSONAL_INFORMATION, "Ne doit pas contenir votre prénom, votre nom ou votre adresse e-mail"),
                entry(COMMON_WORD, "Pas de mot courant (« soleil », « dragon »…)"),
                entry(COMMON_SEQUENCE, "Pas de suite de caractères courante (« 1234 », « azerty », « aaa »…)"));
        assertThatThrownBy(() -> PasswordPolicy.RULES.put("OTHER", "Autre"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static java.util.Map.Entry<String, String> entry(String rule, String description) {
        return java.util.Map.entry(rule, description);
    }

    @ParameterizedTest(name = "{0} ({1} characters) valid length: {2}")
    @CsvSource({
            "Vk8#Lp2,              7,  false",
            "Vk8#Lp2!,             8,  true",
            "Vk8#Lp2!Rz5qWn7$Gx3%, 20, true",
            "Vk8#Lp2!Rz5qWn7$Gx3%j, 21, false",
            "Vk8#Lp2😀,            8,  true",   // counted in code points: the emoji is one character
            "Vk8#Lp2!Rz5qWn7$Gx3😀, 20, true"})
    void acceptsEightToTwentyCharacters(String password, int length, boolean valid) {
        assertThat(password.codePointCount(0, password.length())).isEqualTo(length);

        assertThat(brokenRules(check(password)).contains(LENGTH)).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "{0} has both cases: {1}")
    @CsvSource({
            "vk8#lp2!rz5q, false",
            "VK8#LP2!RZ5Q, false",
            "12345678#!,   false",
            "Vk8#Lp2!Rz5q, true",
            "ék8#LP2!RZ5Q, true",      // accented lower-case letter
            "Éx8#lp2!rz5q, true"})     // accented upper-case letter
    void needsAnUpperCaseAndALowerCaseLetter(String password, boolean valid) {
        assertThat(brokenRules(check(password)).contains(UPPER_AND_LOWER_CASE)).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "{0} contains a forbidden word: {1}")
    @CsvSource({
            "Vk8#password!, true",
            "Vk8#PASSWORD!, true",
            "Vk8#PassWord!, true",
            "Vk8#pAsSwOrD!, true",
            "Vk8#TEST!Rz,   true",
            "Vk8#Contest!,  true",     // inside another word
            "Vk8#Tëst!Rz,   true",     // accents ignored
            "Vk8#Pass!Word, false",
            "Vk8#Tes7!Rz,   false"})
    void refusesPasswordAndTestInAnyCase(String password, boolean forbidden) {
        assertThat(brokenRules(check(password)).contains(FORBIDDEN_WORD)).isEqualTo(forbidden);
    }

    @ParameterizedTest(name = "{0} for {1} {2} <{3}> is personal: {4}")
    @CsvSource({
            "Vk8#lefevre!,  Marc,      Lefèvre, declarant@labo.example, true",   // name has accents, password not
            "Vk8#LEFÈVRE!,  Marc,      Lefevre, declarant@labo.example, true",   // password has accents, name not
            "Vk8#Lefèvre!,  Marc,      Lefèvre, declarant@labo.example, true",
            "Vk8#mArC!Rz,   Marc,      Lefèvre, declarant@labo.example, true",
            "Vk8#Declarant, Marc,      Lefèvre, declarant@labo.example, true",   // e-mail local part
            "Vk8#Jean!Rz,   Jean-Marc, Dupont,  jm.dupont@labo.fr,      true",   // token of a hyphenated name
            "Vk8#Marc!Rz,   Jean-Marc, Dupont,  jm.dupont@labo.fr,      true",
            "Vk8#Dupont!,   Jean-Marc, Dupont,  jm.dupont@labo.fr,      true",
            "Vk8#Brien!Rz,  Sean,      O'Brien, sob@labo.fr,            true",   // apostrophe splits the name
            "Vk8#Impex!Rz,  Jean,      Dupont,  jean+impex@labo.fr,     true",   // plus sign splits the e-mail
            "Vk8#jm!Rz5q,   Jean-Marc, Dupont,  jm.dupont@labo.fr,      false",  // jm: shorter than 3
            "Vk8#Labo!Rz5q, Jean-Marc, Dupont,  jm.dupont@labo.fr,      false",  // the domain is not personal
            "Vk8#lefevre!,  ,          ,        ,                       false",  // nothing known about the user
            "Vk8#lefevre!,  '',        ' ',     '',                     false"})
    void refusesPartsOfTheNamesAndEmail(String password, String firstName, String lastName, String email,
            boolean personal) {
        PasswordCheck check = POLICY.check(password, firstName, lastName, email);

        assertThat(brokenRules(check).contains(PERSONAL_INFORMATION)).isEqualTo(personal);
    }

    /**
     * zxcvbn's dictionaries are English-centric (English Wikipedia, US first names) but its list of leaked
     * passwords holds many French words: soleil, bonjour, chocolat, motdepasse… Other French words, such
     * as baguette or chat, are in none of its dictionaries and pass.
     */
    @ParameterizedTest(name = "{0} contains a common word: {1}")
    @CsvSource({
            "Vk8#dragon!,   true",
            "Vk8#Soleil!,   true",
            "Vk8#Bonjour!,  true",
            "Vk8#Chocolat!, true",
            "Vk8#Monkey!,   true",
            "Élodie#Vk8,    true",     // first-name list, accents ignored
            "Vk8#Dr@g0n!,   true",     // l33t
            "Vk8#nogard!,   true",     // reversed
            "Vk8#Baguette!, false",
            "Vk8#chat!Rz,   false"})
    void refusesCommonWords(String password, boolean common) {
        assertThat(brokenRules(check(password)).contains(COMMON_WORD)).isEqualTo(common);
    }

    @ParameterizedTest(name = "{0} contains a common sequence: {1}")
    @CsvSource({
            "Vk8#qwerty!,  true",      // QWERTY row (zxcvbn)
            "Vk8#AZERTY!,  true",      // AZERTY row; zxcvbn alone only sees "erty", on its QWERTY keyboard
            "Vk8#ytreza!,  true",      // backwards
            "Vk8#Qsdf!Rz,  true",      // AZERTY rows that zxcvbn misses: caught by our own list
            "Vk8#wxcv!Rz,  true",
            "Vk8#1q2w3e4r, true",      // zigzag on the keyboard
            "Vk8#1234!Rz,  true",
            "Vk8#4321!Rz,  true",
            "Vk8#abcd!Rz,  true",
            "Vk8#DCBA!Rz,  true",
            "Vk8#2468!Rz,  true",
            "Vk8#aaa!Rz,   true",
            "Vk8#ababab!,  true",
            "Vk8#123!Rz,   false",     // sequences count from 4 characters
            "Vk8#abc!Rz,   false",
            "Vk8#qwe!Rz5,  false",
            "Vk8#aa!Rz5q,  false"})    // repeats count from 3 characters
    void refusesCommonSequences(String password, boolean common) {
        assertThat(brokenRules(check(password)).contains(COMMON_SEQUENCE)).isEqualTo(common);
    }

    @ParameterizedTest(name = "{0} breaks only {1}")
    @CsvSource({
            "Vk8#qwerty!,   COMMON_SEQUENCE",        // qwerty, azerty, 1234 are also zxcvbn "passwords"
            "Vk8#AZERTY!,   COMMON_SEQUENCE",
            "Vk8#1234!Rz,   COMMON_SEQUENCE",
            "Vk8#password!, FORBIDDEN_WORD",
            "Password1,     FORBIDDEN_WORD",         // password1 is a common word overlapping the forbidden one
            "Vk8#Marc!Rz,   PERSONAL_INFORMATION"})  // marc is also in the first-name list
    void blamesEachPieceOfThePasswordOnOneRuleOnly(String password, String rule) {
        assertThat(brokenRules(check(password))).containsExactly(rule);
    }

    @Test
    void reportsEveryBrokenRuleTogetherInDisplayOrder() {
        assertThat(brokenRules(check("test")))
                .containsExactly(LENGTH, UPPER_AND_LOWER_CASE, FORBIDDEN_WORD);
        assertThat(brokenRules(check("marc1234")))
                .containsExactly(UPPER_AND_LOWER_CASE, PERSONAL_INFORMATION, COMMON_SEQUENCE);
        assertThat(brokenRules(check("azertydragon")))
                .containsExactly(UPPER_AND_LOWER_CASE, COMMON_WORD, COMMON_SEQUENCE);
    }

    @Test
    void failureMessagesAreTheRuleDescriptions() {
        PasswordCheck check = check("marc1234");

        assertThat(check.failures()).extracting(PasswordCheck.Failure::message).containsExactly(
                PasswordPolicy.RULES.get(UPPER_AND_LOWER_CASE),
                PasswordPolicy.RULES.get(PERSONAL_INFORMATION),
                PasswordPolicy.RULES.get(COMMON_SEQUENCE));
    }

    /** Passwords made only of "password" or "test" are left out: the rule itself names those words. */
    @ParameterizedTest
    @ValueSource(strings = {"Vk8#Lp2", "vk8#lp2!rz5q", "Vk8#Lefèvre!", "Vk8#Declarant", "Vk8#Dragon!",
            "Vk8#AZERTY!", "aaaaaaaa", "Chocolat1234", "Vk8#Contest!", "Vk8#Lp2!Rz5qWn7$Gx3%j"})
    void neverEchoesThePasswordInMessages(String password) {
        PasswordCheck check = check(password);

        assertThat(check.failures()).isNotEmpty();
        assertThat(check.failures()).extracting(PasswordCheck.Failure::message)
                .allSatisfy(message -> assertThat(message).doesNotContainIgnoringCase(password));
        assertThat(check.strengthLabel()).doesNotContainIgnoringCase(password);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "password,     0, Très faible",
            "Azertyuiop,   1, Faible",
            "Vk8#Lp2!,     2, Moyen",
            "Vk8#Dragon!,  3, Fort",
            "Vk8#Lp2!Rz5q, 4, Très fort"})
    void labelsTheZxcvbnStrengthInFrench(String password, int score, String label) {
        PasswordCheck check = check(password);

        assertThat(check.strengthScore()).isEqualTo(score);
        assertThat(check.strengthLabel()).isEqualTo(label);
    }

    @Test
    void treatsANullPasswordAsEmpty() {
        PasswordCheck check = POLICY.check(null, null, null, null);

        assertThat(brokenRules(check)).containsExactly(LENGTH, UPPER_AND_LOWER_CASE);
        assertThat(check.strengthScore()).isZero();
        assertThat(check.strengthLabel()).isEqualTo("Très faible");
    }

    @Test
    void givesTheSameAnswersFromConcurrentThreads() {
        List<String> passwords = List.of(DEMO_PASSWORD, "Vk8#Dragon!", "marc1234", "Vk8#AZERTY!", "test");
        List<PasswordCheck> expected = IntStream.range(0, 200)
                .mapToObj(i -> check(passwords.get(i % passwords.size())))
                .toList();

        List<PasswordCheck> concurrent = IntStream.range(0, 200).parallel()
                .mapToObj(i -> check(passwords.get(i % passwords.size())))
                .toList();

        assertThat(concurrent).isEqualTo(expected);
    }
}
