package org.impexflow.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The addresses an account logged in from lately ({@code account_login_source}, the {@value #KEPT} most
 * recent): failures from elsewhere do not slow its owner down there. A technical account calls many
 * times a minute: an address is written at most once every {@value #REWRITE_MINUTES} minutes.
 */
@Component
class LoginSources {

    static final int KEPT = 5;
    private static final long REWRITE_MINUTES = 10;

    private final JdbcTemplate jdbc;
    private final Cache<String, Boolean> recentlyWritten = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(REWRITE_MINUTES, TimeUnit.MINUTES).build();

    LoginSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isUsual(String userId, String source) {
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_login_source WHERE user_id = ? AND source = ?", Integer.class, userId,
                source);
        return found != null && found > 0;
    }

    void remember(String userId, String source, Instant at) {
        String key = userId + "\n" + source;
        if (recentlyWritten.getIfPresent(key) != null) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        if (jdbc.update("UPDATE account_login_source SET last_success_at = ? WHERE user_id = ? AND source = ?", when,
                userId, source) == 0) {
            Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE user_id = ?", Integer.class,
                    userId);
            if (exists == null || exists == 0) {
                return;
            }
            try {
                jdbc.update("INSERT INTO account_login_source (user_id, source, last_success_at) VALUES (?, ?, ?)",
                        userId, source, when);
            } catch (org.springframework.dao.DuplicateKeyException concurrent) {
                // another request of the same account recorded it first
            }
            jdbc.update("DELETE FROM account_login_source WHERE user_id = ? AND last_success_at < ("
                    + "SELECT MIN(last_success_at) FROM (SELECT last_success_at FROM account_login_source "
                    + "WHERE user_id = ? ORDER BY last_success_at DESC LIMIT " + KEPT + ") recent)", userId, userId);
        }
        recentlyWritten.put(key, Boolean.TRUE);
    }

    /** The account's recent addresses, the latest first (for the person's own "Mes données"). */
    java.util.List<Accounts.LoginSource> of(String userId) {
        return jdbc.query("SELECT source, last_success_at FROM account_login_source WHERE user_id = ? "
                + "ORDER BY last_success_at DESC", (row, n) -> new Accounts.LoginSource(row.getString("source"),
                        row.getTimestamp("last_success_at").toInstant()), userId);
    }

    /** Forgets an account's addresses (support: the account changes hands or was taken over). */
    void forget(String userId) {
        jdbc.update("DELETE FROM account_login_source WHERE user_id = ?", userId);
        recentlyWritten.asMap().keySet().removeIf(k -> k.startsWith(userId + "\n"));
    }
}
