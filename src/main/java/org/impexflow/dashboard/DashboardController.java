package org.impexflow.dashboard;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** "Tableau de bord ANSM": the analysts' page, and its figures for the Cockpit plugin. */
@Controller
@RequestMapping("/tableau-de-bord")
record DashboardController(Dashboard dashboard) {

    @GetMapping
    String page(Model model) {
        allowed();
        model.addAttribute("figures", dashboard.figures());
        return "dashboard/dashboard";
    }

    @GetMapping(path = "/chiffres", produces = "application/json")
    @ResponseBody
    DashboardFigures figures() {
        allowed();
        return dashboard.figures();
    }

    private static void allowed() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!user.isMemberOf(Groups.ANALYSTS) && !user.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux analystes de l'ANSM");
        }
    }
}
