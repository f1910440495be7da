package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** V22 on a database that holds establishments already: each gets its name without accents nor capitals. */
class AccentFreeSearchMigrationTests {

    @Test
    void storedEstablishmentsGetTheirSearchName() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:accent-migration;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("19").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        for (long id = 1; id <= 3; id++) {
            jdbc.update("INSERT INTO establishment (id, siret, name, type, address, postal_code, city, country_code, "
                    + "created_at) VALUES (?, ?, ?, 'LABORATORY', '1 rue', '75001', 'Paris', 'FR', ?)", id,
                    "4211234560001" + id, new String[] {"Laboratoire Éclair", "labo", "PHARMACIE DU CŒUR"}[(int) id - 1],
                    now);
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("22").load().migrate();

        assertThat(jdbc.queryForList("SELECT search_name FROM establishment ORDER BY id", String.class))
                .containsExactly("laboratoire eclair", "labo", "pharmacie du cœur");
        jdbc.execute("DROP ALL OBJECTS");
    }
}
