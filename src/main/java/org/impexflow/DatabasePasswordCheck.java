package org.impexflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The {@code postgres} profile has no default database password: without {@code SPRING_DATASOURCE_PASSWORD}
 * (or {@code spring.datasource.password}) the application stops at once and says why, before anything
 * connects. Runs after the configuration files are read (they hold the profile's settings).
 */
class DatabasePasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final String MESSAGE = "Profil postgres : aucun mot de passe de base de données. Définissez la variable "
            + "d'environnement SPRING_DATASOURCE_PASSWORD (ou spring.datasource.password) : il n'y a pas de mot de "
            + "passe par défaut (docs/operations.md).";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))
                && environment.getProperty("spring.datasource.password", "").isBlank()) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
