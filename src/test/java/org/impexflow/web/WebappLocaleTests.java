package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Tasklist's French texts, as its pages put them together. */
class WebappLocaleTests {

    /**
     * Tasklist shows a failed action as « status : message » (its notification adds the colon): a status that
     * ends with a full stop read « …lors de la prise en charge de la tâche. : … ».
     */
    @Test
    void theStatusesOfFailedTaskActionsEndWithoutAFullStop() throws IOException {
        JsonNode french;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/locales/fr.json")) {
            french = new ObjectMapper().readTree(in).get("labels");
        }
        for (String status : new String[] {"ASSIGNED_ERROR", "ASSIGNEE_RESET_ERROR", "CLAIM_ERROR", "UNCLAIM_ERROR",
                "TASK_UPDATE_ERROR"}) {
            assertThat(french.get(status).asText()).as(status).isNotBlank().doesNotEndWith(".").doesNotEndWith(":");
        }
    }
}
