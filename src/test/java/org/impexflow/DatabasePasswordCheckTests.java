package org.impexflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The postgres profile has no default database password: without one the application does not start, and says why. */
class DatabasePasswordCheckTests {

    @Test
    void thePostgresProfileWithoutAPasswordDoesNotStartAndNamesTheVariable() {
        SpringApplication application = new SpringApplication(ImpexflowApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setEnvironment(environmentWithout("SPRING_DATASOURCE_PASSWORD"));
        assertThatThrownBy(() -> application.run("--spring.profiles.active=postgres", "--IMPEXFLOW_TOTP_KEY=key"))
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD").hasMessageContaining("pas de mot de passe par défaut");
    }

    @Test
    void aPasswordOrAnotherProfilePassesTheCheck() {
        DatabasePasswordCheck check = new DatabasePasswordCheck();
        StandardEnvironment postgres = environmentWithout("SPRING_DATASOURCE_PASSWORD");
        postgres.setActiveProfiles("postgres");
        postgres.getPropertySources().addFirst(new MapPropertySource("set",
                Map.of("spring.datasource.password", "s3cret")));
        check.postProcessEnvironment(postgres, null);

        StandardEnvironment demo = environmentWithout("SPRING_DATASOURCE_PASSWORD");
        check.postProcessEnvironment(demo, null);
        assertThat(demo.getActiveProfiles()).isEmpty();
    }

    /** The machine's environment variables left out, so that the test does not depend on them. */
    private static StandardEnvironment environmentWithout(String variable) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        assertThat(environment.getProperty(variable)).isNull();
        return environment;
    }
}
