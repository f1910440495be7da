package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 16, point 8: a wrong password costs the same work whether the address has an account or not,
 * and the answer does not tell a locked or deactivated account from any other: the time of the answer
 * is that of one bcrypt comparison on every path (asserted by counting them, not by a stopwatch).
 */
class PasswordCheckTests {

    private static final String PASSWORD = "Tq9!vB4#xL7m";

    private final AtomicInteger comparisons = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final String hash = bcrypt.encode(PASSWORD);
    private final DaoAuthenticationProvider check = SecurityConfiguration.passwordCheck(name -> switch (name) {
        case "known@test.example" -> User.withUsername(name).password(hash).roles("USER").build();
        case "locked@test.example" -> User.withUsername(name).password(hash).roles("USER").accountLocked(true).build();
        case "departed@test.example" -> User.withUsername(name).password(hash).roles("USER").disabled(true).build();
        default -> throw new UsernameNotFoundException(name);
    }, counting);

    @Test
    void aWrongPasswordIsOneBcryptComparisonAndTheSameRefusalForEveryAddress() {
        for (String name : List.of("known@test.example", "locked@test.example", "departed@test.example",
                "nobody@test.example")) {
            comparisons.set(0);
            assertThatThrownBy(() -> check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name,
                    "Wrong#Pass1"))).as(name).isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(comparisons).as(name).hasValue(1);
        }
    }

    @Test
    void aLockOrADeactivationIsToldOnlyAfterTheRightPassword() {
        assertThatThrownBy(() -> check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "locked@test.example", PASSWORD))).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "departed@test.example", PASSWORD))).isInstanceOf(DisabledException.class);
        assertThat(check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("known@test.example",
                PASSWORD)).isAuthenticated()).isTrue();
    }
}
