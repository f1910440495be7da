package org.impexflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page, with the ways into the system; the logout page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "index";
    }

    /** Logging out is a POST with the page's CSRF token: a link or a GET only shows the button. */
    @GetMapping("/logout")
    String logout() {
        return "logout";
    }
}
