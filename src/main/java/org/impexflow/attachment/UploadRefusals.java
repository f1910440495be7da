package org.impexflow.attachment;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file larger than the upload limit (20 MB, {@code spring.servlet.multipart.max-file-size}) is refused
 * before any controller runs: on the Tasklist forms' button it gets the same refusal as any other file
 * (docs/api.md: {@code 400 {"code": "TOO_LARGE", …}}), not a bare 413. The attachments' page refuses it in
 * the browser before sending (static/js/attachment-upload.js): its form's CSRF token travels in the
 * multipart body, which the container refuses to read past the limit before this handler can answer.
 * Elsewhere the error page answers 413 as before. A file whose name the container cannot read (a NUL
 * character in it) is refused the same way on the button, {@code 400 {"code": "NAME_REFUSED", …}}.
 */
@ControllerAdvice
class UploadRefusals {

    static final String MESSAGE = "le fichier dépasse 20 Mo.";

    static final String LONG_NAME = "le nom du fichier est trop long ; raccourcissez-le (200 caractères au plus) "
            + "et déposez-le de nouveau.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) throws Exception {
        if (isAPartsHeader(exception)) {
            // the container's limit of a part's headers, which a long file name passes (a 9-byte file was "over 20 MB")
            if (fromTheFormsButton(request)) {
                return AttachmentController.refusal("NAME_REFUSED", Attachments.UPLOAD_FIELD,
                        "« " + Attachments.UPLOAD_FIELD + " » : " + LONG_NAME);
            }
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Pièce jointe : " + LONG_NAME);
        }
        if (fromTheFormsButton(request)) {
            return AttachmentController.refusal(RefusedFileException.Reason.TOO_LARGE.name(), Attachments.UPLOAD_FIELD,
                    "« " + Attachments.UPLOAD_FIELD + " » : " + MESSAGE);
        }
        throw exception;
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException exception, HttpServletRequest request) throws Exception {
        if (fromTheFormsButton(request) && NestedExceptionUtils.getRootCause(exception) instanceof InvalidFileNameException) {
            return AttachmentController.refusal("NAME_REFUSED", Attachments.UPLOAD_FIELD, "« " + Attachments.UPLOAD_FIELD
                    + " » : le nom du fichier contient un caractère interdit ; renommez-le et déposez-le de nouveau.");
        }
        // not a multipart request at all (no boundary, another type): the client's error, not the server's
        if (fromTheFormsButton(request)) {
            return AttachmentController.refusal("UNREADABLE", Attachments.UPLOAD_FIELD, "« " + Attachments.UPLOAD_FIELD
                    + " » : la requête n'est pas un envoi de fichier lisible (multipart/form-data, une partie « file »).");
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Pièce jointe : la requête n'est pas un envoi de "
                + "fichier lisible.");
    }

    private static boolean isAPartsHeader(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    /** The Tasklist forms' button ({@code POST /pieces-jointes/formulaire}), which answers in JSON. */
    private static boolean fromTheFormsButton(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("/+$", "")
                .equals("/pieces-jointes" + AttachmentController.FORM_UPLOAD);
    }
}
