package org.impexflow.narcotics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators registered for narcotics activity: their "Manager" accounts (who submit the annual
 * declaration), the lines ANSM prefills in their workbook, and the closing stocks of their accepted
 * declarations.
 */
@Service
@Transactional
public class NarcoticsOperators {

    public enum Kind {
        SUBSTANCE, PREPARATION
    }

    private final JdbcTemplate jdbc;

    NarcoticsOperators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers an establishment for narcotics activity (once). */
    public void register(Long establishmentId, LocalDate on) {
        if (!isOperator(establishmentId)) {
            jdbc.update("INSERT INTO narcotics_operator (establishment_id, registered_on) VALUES (?, ?)",
                    establishmentId, on);
        }
    }

    @Transactional(readOnly = true)
    public boolean isOperator(Long establishmentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM narcotics_operator WHERE establishment_id = ?", Long.class,
                establishmentId) > 0;
    }

    @Transactional(readOnly = true)
    public List<Long> all() {
        return jdbc.queryForList("SELECT establishment_id FROM narcotics_operator ORDER BY establishment_id",
                Long.class);
    }

    /** Gives an account of the operator the "Manager" profile. */
    public void addManager(Long establishmentId, String userId) {
        jdbc.update("DELETE FROM narcotics_manager WHERE user_id = ?", userId);
        jdbc.update("INSERT INTO narcotics_manager (user_id, establishment_id) VALUES (?, ?)", userId, establishmentId);
    }

    @Transactional(readOnly = true)
    public List<String> managers(Long establishmentId) {
        return jdbc.queryForList("SELECT user_id FROM narcotics_manager WHERE establishment_id = ? ORDER BY user_id",
                String.class, establishmentId);
    }

    @Transactional(readOnly = true)
    public boolean isManager(Long establishmentId, String userId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM narcotics_manager WHERE establishment_id = ? AND user_id = ?",
                Long.class, establishmentId, userId) > 0;
    }

    /** Adds a line ANSM prefills in the operator's workbook, after the others of its kind. */
    public void addItem(Long establishmentId, Kind kind, StockItem item) {
        Integer position = jdbc.queryForObject("SELECT COALESCE(MAX(position), 0) + 1 FROM narcotics_item "
                + "WHERE establishment_id = ? AND kind = ?", Integer.class, establishmentId, kind.name());
        jdbc.update("INSERT INTO narcotics_item (establishment_id, kind, name, nds_number, gtin, cas, unit, position) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", establishmentId, kind.name(), item.name(), item.ndsNumber(),
                item.gtin(), item.cas(), item.unit().name(), position);
    }

    /**
     * The operator's lines of a kind, each with last year's closing stock when the declaration of the
     * year before was accepted.
     */
    @Transactional(readOnly = true)
    public List<StockItem> items(Long establishmentId, Kind kind, int year) {
        Map<String, BigDecimal> carried = closingStocks(establishmentId, year - 1);
        return jdbc.query("SELECT name, nds_number, gtin, cas, unit FROM narcotics_item WHERE establishment_id = ? "
                + "AND kind = ? ORDER BY position", (rs, i) -> new StockItem(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), Unit.valueOf(rs.getString(5)), carried.get(rs.getString(2))),
                establishmentId, kind.name());
    }

    /** The closing stocks of the operator's accepted declaration of a year, by NDS number. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> closingStocks(Long establishmentId, int year) {
        return jdbc.query("SELECT s.nds_number, s.closing_stock FROM annual_declaration_stock s JOIN annual_declaration d "
                + "ON d.id = s.declaration_id JOIN case_file c ON c.id = d.id WHERE d.establishment_id = ? "
                + "AND d.declared_year = ? AND c.status = ?",
                (rs, i) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()), establishmentId, year,
                AnnualDeclarationStatus.ACCEPTED.name()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveClosingStocks(Long declarationId, Map<String, BigDecimal> closing) {
        jdbc.update("DELETE FROM annual_declaration_stock WHERE declaration_id = ?", declarationId);
        closing.forEach((nds, stock) -> jdbc.update("INSERT INTO annual_declaration_stock (declaration_id, nds_number, "
                + "closing_stock) VALUES (?, ?, ?)", declarationId, nds, stock));
    }

    /** Imports or exports of narcotics authorised to an operator, as ANSM has them on record. */
    public enum Direction {
        IMPORT, EXPORT
    }

    /** Records an import or export authorisation of the operator, used on a day, for a quantity of one line. */
    public void recordAuthorisation(Long establishmentId, String number, Direction direction, String ndsNumber,
            BigDecimal quantity, LocalDate usedOn) {
        jdbc.update("INSERT INTO narcotics_authorisation (establishment_id, authorisation_number, direction, "
                + "nds_number, quantity, used_on) VALUES (?, ?, ?, ?, ?, ?)", establishmentId, number,
                direction.name(), ndsNumber, quantity, usedOn);
    }

    /** The quantities authorised in a year, by NDS number: what the declaration's imports or exports should be. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> authorised(Long establishmentId, Direction direction, int year) {
        return jdbc.query("SELECT nds_number, SUM(quantity) FROM narcotics_authorisation WHERE establishment_id = ? "
                + "AND direction = ? AND used_on >= ? AND used_on < ? GROUP BY nds_number",
                (rs, i) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()), establishmentId,
                direction.name(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The deadline of a year's declaration when it is not the usual one (table annual_declaration_deadline). */
    @Transactional(readOnly = true)
    public Optional<LocalDate> exceptionalDeadline(int year) {
        return jdbc.query("SELECT due_date FROM annual_declaration_deadline WHERE declared_year = ?",
                (rs, i) -> rs.getDate(1).toLocalDate(), year).stream().findFirst();
    }
}
