package org.impexflow.help;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public help page: support contacts, guides, lost phone, personal data; French and English. */
@Controller
class HelpController {

    static final String PATH = "/aide";

    @GetMapping(PATH)
    String help() {
        return "help/page";
    }

    /** The CGU on their own, for the box of the complementary information (the text is in French). */
    @GetMapping(PATH + "/cgu")
    String cgu() {
        return "help/cgu";
    }
}
