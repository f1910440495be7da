package org.impexflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page, with the ways into the system. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "index";
    }
}
