package org.impexflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that fails as an unexpected fault would, only in the tests' application (test classes are
 * scanned there): {@link ErrorPagesTests} checks what a person and a JSON caller see of an internal error.
 */
@Controller
class FailingPageForTests {

    static final String PATH = "/essai/panne-interne";
    static final String SECRET = "ENGINE-99999 détail interne at org.impexflow.Secret";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
