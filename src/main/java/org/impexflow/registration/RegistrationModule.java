package org.impexflow.registration;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.access.Landing;
import org.impexflow.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistrationModule {

    @Bean
    ProcessAccess accountActivationIsStartedByTheRegistrationPage() {
        return ProcessAccess.startedBySystem(AccountActivationProcess.KEY, Groups.DECLARANTS);
    }

    /** A new declarant lands on their complementary information while it is still to give. */
    @Bean
    Landing complementaryInformationFirst(TaskService tasks) {
        return new Landing(10, user -> Optional.ofNullable(tasks.createTaskQuery()
                .processDefinitionKey(AccountActivationProcess.KEY)
                .taskDefinitionKey(AccountActivationProcess.Elements.COMPLETE_INFORMATION).taskAssignee(user.userId())
                .active().listPage(0, 1).stream().findFirst().orElse(null)).map(Task::getId).map(Landing::tasklistTask));
    }
}
