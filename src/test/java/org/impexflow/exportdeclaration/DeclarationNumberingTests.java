package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.dei;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.impexflow.casefile.CaseNumbering;

/** Numbers are unique and without gaps when declarations are filed at the same instant. */
@ImpexflowSpringTest
class DeclarationNumberingTests {

    private static final int FILINGS = 16;

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;

    @Test
    void declarationsFiledAtTheSameInstantGetConsecutiveUniqueNumbers() throws Exception {
        String month = ZonedDateTime.now(CaseNumbering.PARIS).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < FILINGS; i++) {
            Callable<String> filing = () -> {
                start.await();
                return Declarations.fileAs(engine, DECLARANT, dei()).getBusinessKey();
            };
            numbers.add(pool.submit(filing));
        }
        start.countDown();
        List<Integer> sequence = new ArrayList<>();
        for (Future<String> number : numbers) {
            String value = number.get();
            assertThat(value).startsWith(month + "-");
            assertThat(register.byNumber(value)).as("registered under its number").isPresent();
            sequence.add(Integer.parseInt(value.substring(8)));
        }
        pool.shutdown();

        assertThat(sequence).doesNotHaveDuplicates().hasSize(FILINGS);
        int first = sequence.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(sequence).as("no gaps").containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(first, first + FILINGS).boxed().toList());
    }

    @Test
    void numberIsYearMonthAndFourDigitSequence() {
        String number = Declarations.fileAs(engine, DECLARANT, dei()).getBusinessKey();
        assertThat(number).matches("\\d{4}-(0[1-9]|1[0-2])-\\d{4}");
    }
}
