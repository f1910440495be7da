package org.impexflow.exportdeclaration;

import org.impexflow.casefile.CaseProcess;

/**
 * Names shared by processes/export-declaration.bpmn, its forms, the Java code and the tests. The
 * variable names are a public contract (docs/api.md): keep them stable.
 */
public final class ExportDeclarationProcess {

    public static final String KEY = "export-declaration";
    public static final String ELIGIBILITY_DECISION = "export-eligibility";
    /** Export declarations are numbered YYYY-MM-NNNN, without a series prefix. */
    public static final String NUMBER_SERIES = "";

    private ExportDeclarationProcess() {
    }

    /** Element ids. */
    public static final class Elements extends CaseProcess.ComplementElements {
        public static final String CHECK = "Task_CheckDeclaration";
        public static final String ASSESS_ELIGIBILITY = "Task_AssessEligibility";
        public static final String EXPLAIN_NOT_REQUIRED = "Task_ExplainNoDeclarationRegistered";
        public static final String END_NOT_REGISTERED = "EndEvent_NoDeclarationRegistered";
        public static final String REGISTER = "Task_RegisterDeclaration";
        public static final String REVIEW = "Task_ReviewDeclaration";
        public static final String PROHIBIT = "Task_ProhibitExport";
        public static final String NOTIFY_PROHIBITION = "Task_NotifyProhibition";
        public static final String END_PROHIBITED = "EndEvent_ExportProhibited";
        public static final String VALIDATE = "Task_ValidateDeclaration";
        public static final String GENERATE_VALIDATED_COPY = "Task_GenerateValidatedCopy";
        public static final String SEND_VALIDATED_COPY = "Task_SendValidatedCopy";
        public static final String FIND_AUTHORITY = "Task_FindImportingAuthority";
        public static final String TRANSMIT_TO_AUTHORITY = "Task_TransmitToAuthority";
        public static final String TRANSMIT_MANUALLY = "Task_TransmitManually";
        public static final String RECORD_MANUAL_TRANSMISSION = "Task_RecordManualTransmission";
        public static final String END_VALIDATED = "EndEvent_DeclarationValidated";
        /** The event subprocess that closes a DEC when another DEC of the same version is validated. */
        public static final String AMENDMENT_OVERTAKEN = "StartEvent_AmendmentOvertaken";
        public static final String CLOSE_OVERTAKEN_AMENDMENT = "Task_CloseOvertakenAmendment";
        public static final String NOTIFY_OVERTAKEN_AMENDMENT = "Task_NotifyOvertakenAmendment";
        public static final String END_AMENDMENT_OVERTAKEN = "EndEvent_AmendmentOvertaken";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Vars extends CaseProcess.FilingVars {
        // the filing contract
        public static final String DECLARATION_TYPE = "declarationType";
        public static final String AMENDED_DECLARATION_NUMBERS = "amendedDeclarationNumbers";
        public static final String PRESENTATION = "presentation";
        public static final String THERAPEUTIC_INDICATIONS = "therapeuticIndications";
        public static final String HAS_FRENCH_MARKETING_AUTHORISATION = "hasFrenchMarketingAuthorisation";
        public static final String RELEASE_COUNTRY = "releaseCountry";
        public static final String DESTINATION_COUNTRY = "destinationCountry";
        public static final String IMPORTER_NAME = "importerName";
        public static final String IMPORTER_ADDRESS = "importerAddress";
        public static final String NO_MA_REASON = "noMarketingAuthorisationReason";
        public static final String NO_MA_DETAILS = "noMarketingAuthorisationDetails";
        public static final String CONTAINS_ANIMAL_ORIGIN = "containsAnimalOriginSubstances";
        public static final String ESB_CERTIFICATE = "esbCertificate";
        public static final String EARLIER_DECLARATION_COPIES = "earlierDeclarationCopies";
        /** Planned date of the first export (ISO date, or a Date); in the past only with an explanation. */
        public static final String FIRST_EXPORT_DATE = "firstExportDate";
        public static final String FIRST_EXPORT_EXPLANATION = "firstExportExplanation";
        // manufacture under EU GMP: the manufacturer, the batch release site (its country: releaseCountry), and
        // the GMP certificate (a file) or its EudraGMDP reference
        public static final String MANUFACTURER_NAME = "manufacturerName";
        public static final String MANUFACTURER_ADDRESS = "manufacturerAddress";
        public static final String MANUFACTURER_COUNTRY = "manufacturerCountry";
        public static final String RELEASE_SITE_NAME = "releaseSiteName";
        public static final String RELEASE_SITE_ADDRESS = "releaseSiteAddress";
        public static final String GMP_CERTIFICATE = "gmpCertificate";
        public static final String GMP_REFERENCE = "gmpReference";

        // set by the process
        public static final String DESTINATION_IN_EU = "destinationInEu";
        public static final String DESTINATION_OVERSEAS_DEPARTMENT = "destinationOverseasDepartment";
        public static final String RELEASED_IN_FRANCE_OR_EU = "releasedInFranceOrEu";
        public static final String ELIGIBILITY_OUTCOME = "eligibilityOutcome";
        public static final String ELIGIBILITY_EXPLANATION = "eligibilityExplanation";
        public static final String DECLARATION_NUMBER = "declarationNumber";
        public static final String DECLARATION_ID = "declarationId";
        public static final String DECLARATION_STATUS = "declarationStatus";
        public static final String DECLARATION_STATUS_LABEL = "declarationStatusLabel";
        public static final String DESTINATION_COUNTRY_NAME = "destinationCountryName";
        public static final String RELEASE_COUNTRY_NAME = "releaseCountryName";
        public static final String DECLARATION_SUMMARY = "declarationSummary";
        public static final String AUTHORITY_KNOWN = "authorityKnown";
        public static final String TRANSMISSION_RECIPIENT = "transmissionRecipient";
        public static final String TRANSMISSION_NOTE = "transmissionNote";
        public static final String TRANSMISSION_DUE_DATE = "transmissionDueDate";
        public static final String VALIDATED_COPY_URL = "validatedCopyUrl";

        private Vars() {
        }
    }

    /** Values of {@code reviewDecision}. */
    public enum ReviewDecision {
        VALIDATE, REQUEST_COMPLEMENT, PROHIBIT
    }
}
