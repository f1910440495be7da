package org.impexflow.casefile;

import java.util.List;
import java.util.Map;

import org.impexflow.establishment.Establishment;

/**
 * A filing that passed its procedure's checks: the request as checked, the establishment that files, and the
 * checked files of each field ({@link CaseFiling#files}).
 *
 * @param <R> the procedure's request
 */
public record CheckedFiling<R extends CheckedFiling.Request>(R request, Establishment establishment,
        Map<String, List<FileInput>> files) {

    /** What every procedure's request names, as checked: the establishment that files, by its SIRET, and the declarant. */
    public interface Request {
        String establishmentSiret();

        String declarantEmail();
    }
}
