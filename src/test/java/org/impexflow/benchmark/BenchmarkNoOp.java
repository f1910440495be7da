package org.impexflow.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Java service task of the bare process of the benchmark: does nothing. */
@Component("benchmarkNoOp")
class BenchmarkNoOp implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // the engine's own cost only
    }
}
