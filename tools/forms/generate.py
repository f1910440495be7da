#!/usr/bin/env python3
"""Writes forms/*.form (Camunda Forms, schemaVersion 16 as Tasklist 7.24 renders them).

The country lists of the start forms come from the country reference data
(src/main/resources/db/migration/V2__countries.sql), so that the forms offer exactly the codes the
processes accept (France excepted as country of provenance of an import). Run from the repository root:
    python3 tools/forms/generate.py
"""
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPORTER = {"name": "impexflow", "version": "1"}


def countries():
    sql = (ROOT / "src/main/resources/db/migration/V2__countries.sql").read_text(encoding="utf-8")
    rows = re.findall(r"\('([A-Z]{2})', '((?:[^']|'')*)', '(?:[^']|'')*', (true|false), (true|false)\)", sql)
    values = [{"label": f"{name.replace(chr(39) * 2, chr(39))} ({code})", "value": code} for code, name, _, _ in rows]
    # French order: letters first, accents second (Bénin before Burundi), as Java's Collator for fr
    return sorted(values, key=lambda v: (unicodedata.normalize("NFD", v["label"]).encode("ascii", "ignore")
                                         .decode().casefold(), v["label"]))


def component(kind, key=None, label=None, **extra):
    c = {"type": kind}
    if key:
        c["key"] = key
    if label:
        c["label"] = label
    c.update(extra)
    return c


def with_ids(form_id, components):
    for i, c in enumerate(components):
        c["id"] = f"Field_{c.get('key') or c['type']}_{i}"
    return {
        "id": form_id,
        "type": "default",
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "exporter": EXPORTER,
        "schemaVersion": 16,
        "components": components,
    }


def text(markdown):
    return component("text", text=markdown)


def required(max_length=None, **more):
    v = {"required": True}
    if max_length:
        v["maxLength"] = max_length
    v.update(more)
    return v


# The fields of file references (PJ-XXXX-XXXX) get a button "Joindre un fichier" in Tasklist: the custom
# script tasklist/impexflow/attachments.js knows them by key (its FIELDS). Descriptions are shown as plain
# text by form-js: no Markdown there.
ATTACHMENTS_HELP = ("Joignez chaque fichier avec le bouton « Joindre un fichier » de son champ : sa référence "
                    "(PJ-XXXX-XXXX) s'y inscrit. Un champ accepte aussi des références saisies, séparées par des "
                    "virgules.")
REFERENCES_HELP = "Bouton « Joindre un fichier », ou références PJ-XXXX-XXXX séparées par des virgules"

REASONS = [
    {"label": "AMM non demandée en France", "value": "NOT_REQUESTED"},
    {"label": "AMM en cours d'évaluation en France", "value": "UNDER_REVIEW"},
    {"label": "AMM refusée en France", "value": "REFUSED"},
    {"label": "AMM retirée ou abrogée en France", "value": "WITHDRAWN"},
    {"label": "Autre raison (à préciser)", "value": "OTHER"},
]

DECLARATION_SUMMARY = "{{declarationSummary}}"

# the earlier rounds of a case (requests, answers, who and when), read-only, set when the task opens
REVIEW_ROUNDS = "{{reviewRounds}}"


def start_form():
    country_values = countries()
    return with_ids("export-declaration-start", [
        text("# Déclaration d'exportation de médicament\n\nExportation vers un pays hors de l'Union européenne "
             "d'un médicament sans autorisation de mise sur le marché (AMM) en France (articles L.5124-11 et "
             "R.5121-135 du code de la santé publique). Un accusé d'enregistrement électronique (AEE) vous est "
             "envoyé par courriel dès l'enregistrement."),
        component("radio", "declarationType", "Type de déclaration", defaultValue="DEI", validate=required(),
                  values=[{"label": "Déclaration d'exportation initiale (DEI)", "value": "DEI"},
                          {"label": "Déclaration d'exportation complémentaire (DEC) : modifie une déclaration validée",
                           "value": "DEC"}]),
        component("textfield", "amendedDeclarationNumbers", "N° des déclarations modifiées",
                  description="Numéros des déclarations validées que cette DEC modifie, séparés par des virgules "
                              "(ex. 2026-03-0012)",
                  conditional={"hide": "=declarationType != \"DEC\""},
                  validate={"pattern": "^\\s*\\d{4}-\\d{2}-\\d{4}(\\s*[,;]\\s*\\d{4}-\\d{2}-\\d{4})*\\s*$"}),
        text("## Établissement et déclarant"),
        component("textfield", "establishmentSiret", "N° SIRET de l'établissement",
                  description="Laisser vide pour l'établissement de votre compte",
                  validate={"pattern": "^\\d{14}$"}),
        component("textfield", "declarantEmail", "E-mail du déclarant",
                  description="Reçoit l'AEE et les décisions ; laisser vide pour votre adresse de connexion",
                  validate={"validationType": "email"}),
        text("## Médicament"),
        component("textfield", "medicineName", "Nom ou code du médicament", validate=required(300)),
        component("textarea", "activeSubstances", "Substances actives et quantités",
                  description="Une substance par ligne, avec sa quantité (ex. paracétamol 500 mg)",
                  validate=required(2000)),
        component("textfield", "strength", "Dosage", validate=required(200)),
        component("textfield", "pharmaceuticalForm", "Forme pharmaceutique",
                  description="ex. comprimé pelliculé", validate=required(200)),
        component("textfield", "presentation", "Présentation",
                  description="ex. boîte de 24 comprimés sous plaquettes", validate=required(500)),
        component("textfield", "routeOfAdministration", "Voie d'administration", validate=required(200)),
        component("textarea", "therapeuticIndications", "Indications thérapeutiques", validate=required(4000)),
        component("checkbox", "hasFrenchMarketingAuthorisation", "Le médicament a une AMM en France",
                  defaultValue=False),
        component("select", "noMarketingAuthorisationReason", "Raison de l'absence d'AMM en France",
                  values=REASONS, conditional={"hide": "=hasFrenchMarketingAuthorisation"}),
        component("textarea", "noMarketingAuthorisationDetails", "Précisions sur la raison",
                  conditional={"hide": "=noMarketingAuthorisationReason != \"OTHER\""}, validate={"maxLength": 2000}),
        component("checkbox", "containsAnimalOriginSubstances", "Contient des substances d'origine animale",
                  defaultValue=False),
        text("## Exportation"),
        component("select", "releaseCountry", "Pays de libération des lots", searchable=True,
                  values=country_values, validate=required(),
                  description="Les lots doivent être libérés en France ou dans l'Union européenne"),
        component("select", "destinationCountry", "Pays de destination", searchable=True,
                  values=country_values, validate=required()),
        component("textfield", "importerName", "Importateur (nom)", validate=required(300)),
        component("textarea", "importerAddress", "Adresse de l'importateur", validate=required(1000)),
        text("## Pièces jointes\n\n" + ATTACHMENTS_HELP),
        component("textfield", "esbCertificate", "Certificat au regard du risque ESB (référence)",
                  description="Obligatoire pour les substances d'origine animale",
                  conditional={"hide": "=not(containsAnimalOriginSubstances)"}),
        component("textfield", "earlierDeclarationCopies", "Copies des déclarations précédentes (références)",
                  description="Obligatoire pour une DEC", conditional={"hide": "=declarationType != \"DEC\""}),
        component("textfield", "otherDocuments", "Autres documents (références)"),
    ])


def mail_intake_form():
    """ANSM support enters a declaration received by e-mail: the start form's fields, for an establishment
    and a sender given here."""
    fields = [c for c in start_form()["components"]
              if c.get("key") not in ("establishmentSiret", "declarantEmail") and c["type"] != "text"]
    for c in fields:
        c.pop("id", None)
    return with_ids("export-declaration-mail-intake", [
        text("# Déclaration reçue par courriel\n\nSaisissez le contenu du formulaire commun DEI/DEC reçu par "
             "courriel, pour l'établissement et l'expéditeur ci-dessous. La déclaration suit ensuite le même "
             "circuit qu'une déclaration déposée en ligne ; l'accusé d'enregistrement (AEE) et les décisions "
             "sont envoyés à l'adresse de l'expéditeur."),
        text("## Courriel reçu"),
        component("textfield", "senderEmail", "Adresse e-mail de l'expéditeur",
                  description="Reçoit l'AEE et les décisions", validate=required(255, validationType="email")),
        component("textfield", "mailReceivedOn", "Reçu le", description="Date et objet du courriel",
                  validate=required(300)),
        component("textfield", "establishmentSiret", "N° SIRET de l'établissement déclarant",
                  validate=required(pattern="^\\d{14}$")),
        component("textfield", "receivedFiles", "Fichiers reçus (références)",
                  description="Le courriel d'origine et le formulaire : bouton « Joindre un fichier », ou "
                              "références PJ-XXXX-XXXX séparées par des virgules", validate=required(500)),
        text("## Contenu de la déclaration"),
    ] + fields)


def review_form():
    return with_ids("export-declaration-review", [
        text("# Instruction de la déclaration {{declarationNumber}}\n\n**Statut :** {{declarationStatusLabel}}"),
        text(DECLARATION_SUMMARY),
        text("#### Pièces jointes\n{{attachmentList}}"),
        text(REVIEW_ROUNDS),
        text("## Décision"),
        component("radio", "reviewDecision", "Décision", validate=required(),
                  values=[{"label": "Valider (viser la déclaration)", "value": "VALIDATE"},
                          {"label": "Demander un complément au déclarant", "value": "REQUEST_COMPLEMENT"},
                          {"label": "Interdire l'exportation (article L.5124-11 du CSP)", "value": "PROHIBIT"}]),
        component("textarea", "reviewComment", "Motifs / complément demandé",
                  description="Obligatoire pour une demande de complément (ce qui est attendu) et pour une "
                              "interdiction (motifs communiqués au déclarant)",
                  validate={"maxLength": 4000}),
    ])


def complement_form():
    return with_ids("export-declaration-complement", [
        text("# Complément demandé – déclaration {{declarationNumber}}\n\n**Médicament :** {{medicineNameMarkdown}} – "
             "**destination :** {{destinationCountryName}}\n\n**Demande de l'ANSM :** {{reviewCommentMarkdown}}\n\n"
             "**Réponse attendue au plus tard le :** {{complementDueText}} (à défaut, la déclaration est classée "
             "sans suite)"),
        text("#### Pièces déjà jointes\n{{attachmentList}}"),
        component("textarea", "complementAnswer", "Votre réponse", validate=required(4000)),
        component("textfield", "complementFiles", "Fichiers joints (références)", description=REFERENCES_HELP),
    ])


def transmission_form():
    return with_ids("export-declaration-transmission", [
        text("# Transmission manuelle – déclaration visée {{declarationNumber}}\n\nAucune adresse n'est "
             "enregistrée pour l'autorité sanitaire de **{{destinationCountryName}}** ({{destinationCountry}}). "
             "Transmettez l'[exemplaire visé (PDF)]({{validatedCopyUrl}}) au ministre de la santé du pays "
             "importateur par un autre moyen, puis indiquez à qui et comment."),
        text(DECLARATION_SUMMARY),
        component("textfield", "transmissionRecipient", "Transmise à",
                  description="Autorité et adresse ou moyen utilisé (ex. Ministère de la santé du Viet Nam, "
                              "dav@moh.gov.vn)", validate=required(300)),
        component("textarea", "transmissionNote", "Observations", validate={"maxLength": 2000}),
    ])


PURPOSES = [
    {"label": "Accès compassionnel", "value": "COMPASSIONATE_ACCESS"},
    {"label": "Besoin clinique (patient ou service identifié)", "value": "CLINICAL_NEED"},
    {"label": "Rupture ou risque de rupture d'approvisionnement", "value": "SHORTAGE"},
    {"label": "Réexportation", "value": "RE_EXPORT"},
    {"label": "Autre (à préciser)", "value": "OTHER"},
]


def import_start_form():
    country_values = countries()
    return with_ids("import-authorisation-start", [
        text("# Demande d'autorisation d'importation\n\nImportation en France d'un médicament à usage humain "
             "soumise à l'autorisation préalable de l'ANSM (articles L.5124-13 et R.5121-111 du code de la santé "
             "publique). Un accusé d'enregistrement vous est envoyé par courriel dès l'enregistrement ; "
             "l'autorisation, si elle est accordée, vous est envoyée en PDF."),
        text("## Établissement et déclarant"),
        component("textfield", "establishmentSiret", "N° SIRET de l'établissement",
                  description="Laisser vide pour l'établissement de votre compte",
                  validate={"pattern": "^\\d{14}$"}),
        component("textfield", "declarantEmail", "E-mail du déclarant",
                  description="Reçoit l'accusé et la décision ; laisser vide pour votre adresse de connexion",
                  validate={"validationType": "email"}),
        text("## Médicament"),
        component("textfield", "medicineName", "Nom ou code du médicament", validate=required(300)),
        component("textarea", "activeSubstances", "Composition : substances actives et quantités par unité",
                  description="Une substance par ligne (ex. artésunate 60 mg par flacon)", validate=required(2000)),
        component("textfield", "pharmaceuticalForm", "Forme pharmaceutique",
                  description="ex. poudre pour solution injectable", validate=required(200)),
        component("textfield", "strength", "Dosage", validate=required(200)),
        component("textfield", "routeOfAdministration", "Voie d'administration", validate=required(200)),
        component("textfield", "manufacturer", "Fabricant (nom et adresse)", validate=required(500)),
        component("textfield", "releaseSite", "Site de libération des lots", validate=required(500)),
        text("## Importation"),
        component("select", "provenanceCountry", "Pays de provenance", searchable=True,
                  values=[c for c in country_values if c["value"] != "FR"],
                  validate=required(), description="Pays d'où le médicament est expédié vers la France"),
        component("select", "originCountry", "Pays d'origine", searchable=True, values=country_values,
                  validate=required(), description="Pays de fabrication du médicament"),
        component("radio", "quantityMode", "Quantité demandée", defaultValue="SINGLE", validate=required(),
                  values=[{"label": "Pour une importation (autorisation valable 3 mois)", "value": "SINGLE"},
                          {"label": "Quantité globale en plusieurs opérations (autorisation valable 1 an)",
                           "value": "SERIES"}]),
        component("number", "quantity", "Quantité (nombre d'unités)", decimalDigits=0,
                  description="ex. 15 pour « 15 boîtes de 25 comprimés »",
                  validate=required(min=1, max=1000000000)),
        component("textfield", "quantityUnit", "Unité", description="ex. boîtes de 25 comprimés",
                  validate=required(200)),
        component("number", "plannedOperations", "Nombre d'opérations prévues sur 12 mois", decimalDigits=0,
                  conditional={"hide": "=quantityMode != \"SERIES\""}, validate={"min": 2, "max": 52}),
        component("select", "purpose", "Objet de l'importation", values=PURPOSES, validate=required()),
        component("textarea", "purposeDetails", "Précisions sur l'objet",
                  conditional={"hide": "=purpose != \"OTHER\""}, validate={"maxLength": 2000}),
        text("## Pièces jointes\n\n" + ATTACHMENTS_HELP),
        component("textfield", "coverLetter", "Lettre de demande signée (référence)",
                  description="Signée par le Pharmacien Responsable ou son délégataire", validate=required(200)),
        component("textfield", "otherDocuments", "Autres documents (références)"),
    ])


def import_review_form():
    return with_ids("import-authorisation-review", [
        text("# Instruction de la demande {{authorisationNumber}}\n\n**Statut :** {{authorisationStatusLabel}}"),
        text("{{requestSummary}}"),
        text("#### Pièces jointes\n{{attachmentList}}"),
        text(REVIEW_ROUNDS),
        text("## Décision"),
        component("radio", "reviewDecision", "Décision", validate=required(),
                  values=[{"label": "Accorder l'autorisation d'importation", "value": "GRANT"},
                          {"label": "Demander un complément au déclarant", "value": "REQUEST_COMPLEMENT"},
                          {"label": "Refuser l'autorisation", "value": "REFUSE"}]),
        component("textarea", "reviewComment", "Motifs / complément demandé / observations",
                  description="Obligatoire pour une demande de complément (ce qui est attendu) et pour un refus "
                              "(motifs communiqués au déclarant) ; imprimé sur l'autorisation accordée",
                  validate={"maxLength": 4000}),
    ])


def import_complement_form():
    return with_ids("import-authorisation-complement", [
        text("# Complément demandé – demande {{authorisationNumber}}\n\n**Médicament :** {{medicineNameMarkdown}} – "
             "**provenance :** {{provenanceCountryName}}\n\n**Demande de l'ANSM :** {{reviewCommentMarkdown}}\n\n"
             "**Réponse attendue au plus tard le :** {{complementDueText}} (à défaut, la demande est classée "
             "sans suite)"),
        text("#### Pièces déjà jointes\n{{attachmentList}}"),
        component("textarea", "complementAnswer", "Votre réponse", validate=required(4000)),
        component("textfield", "complementFiles", "Fichiers joints (références)", description=REFERENCES_HELP),
    ])



def annual_review_form():
    return with_ids("annual-narcotics-declaration-review", [
        text("# Déclaration annuelle {{declaredYear}} – {{operatorNameMarkdown}}\n\nExaminez le fichier JARE soumis et son "
             "rapport de contrôle, puis acceptez la déclaration ou demandez des corrections."),
        text("[Fichier JARE soumis (.xlsx)]({{workbookUrl}}) – [Rapport de contrôle (.xlsx)]({{reportUrl}})"),
        text("{{reportSummary}}"),
        text(REVIEW_ROUNDS),
        component("radio", "reviewDecision", "Décision", validate=required(),
                  values=[{"label": "Accepter la déclaration", "value": "ACCEPT"},
                          {"label": "Demander des corrections à l'opérateur", "value": "REQUEST_CORRECTIONS"}]),
        component("textarea", "reviewComment", "Corrections attendues / observations",
                  description="Obligatoire pour une demande de corrections (envoyée aux Managers de l'opérateur)",
                  validate={"maxLength": 4000}),
    ])


def annual_follow_up_form():
    return with_ids("annual-narcotics-declaration-follow-up", [
        text("# Relance – déclaration annuelle {{declaredYear}} – {{operatorNameMarkdown}}\n\nL'opérateur n'a pas soumis "
             "sa déclaration dans le délai. Relancez-le (stupetpsy@ansm.sante.fr, téléphone), puis indiquez la "
             "relance faite."),
        component("textarea", "followUpNote", "Relance faite", validate=required(2000),
                  description="Qui, quand, par quel moyen, ce qui a été convenu"),
    ])



def transport_review_form():
    return with_ids("transport-attestation-review", [
        text("# Attestation de transport {{attestationNumber}}\n\n{{requestSummary}}\n\n[Ordonnance]({{prescriptionUrl}})"),
        component("radio", "reviewDecision", "Décision", validate=required(),
                  values=[{"label": "Délivrer l'attestation", "value": "ISSUE"},
                          {"label": "Refuser (motifs envoyés au voyageur)", "value": "REFUSE"}]),
        component("textarea", "reviewComment", "Motifs / observations",
                  description="Obligatoire pour un refus", validate={"maxLength": 4000}),
    ])


QUALITIES = [
    {"label": "Pharmacien Responsable", "value": "PHARMACIEN_RESPONSABLE"},
    {"label": "Pharmacien Responsable Intérimaire", "value": "PHARMACIEN_RESPONSABLE_INTERIMAIRE"},
    {"label": "Autres", "value": "AUTRES"},
]

ESTABLISHMENT_TYPES = [
    {"label": "Etablissement pharmaceutique", "value": "PHARMACEUTICAL_ESTABLISHMENT"},
    {"label": "Pharmacie à usage intérieur", "value": "HOSPITAL_PHARMACY"},
    {"label": "Autres", "value": "OTHER"},
]


def account_information_form():
    return with_ids("account-information", [
        text("# Informations complémentaires\n\nÀ remplir une seule fois. Après validation, ces informations ne "
             "sont plus modifiables que par le support de l'ANSM. « Enregistrer » garde votre saisie ; "
             "« Valider » l'envoie."),
        text("## Demandeur"),
        component("textfield", "lastName", "Nom", validate=required(100)),
        component("textfield", "firstName", "Prénom", validate=required(100)),
        component("textfield", "email", "Email", readonly=True, validate=required(255),
                  description="L'adresse de votre compte"),
        component("textfield", "phone", "Téléphone", validate=required(30, pattern="^\\+?[0-9 .()-]{6,25}$")),
        component("select", "quality", "Qualité du demandeur", values=QUALITIES, validate=required()),
        text("## Établissement"),
        component("select", "country", "Pays", searchable=True, values=countries(), defaultValue="FR",
                  validate=required()),
        component("textfield", "siret", "N° SIRET", description="14 chiffres ; obligatoire en France",
                  validate={"pattern": "^[0-9 ]{14,17}$"}),
        component("textfield", "companyName", "Raison sociale", validate=required(200)),
        component("select", "establishmentType", "Type d'établissement", values=ESTABLISHMENT_TYPES,
                  validate=required()),
        component("textfield", "address", "Adresse", validate=required(300)),
        component("textfield", "addressComplement", "Complément d'adresse", validate={"maxLength": 300}),
        component("textfield", "postalCode", "Code postal", validate=required(20)),
        component("textfield", "city", "Ville", validate=required(100)),
        component("checkbox", "informationConfirmed",
                  "Je confirme l'exactitude de ces informations et que je ne pourrai plus les modifier moi-même",
                  validate=required()),
    ])


def account_support_form():
    return with_ids("account-support-start", [
        text("# Intervention sur un compte\n\nÀ la demande de la personne (ou de son établissement) : le motif est "
             "tracé dans l'historique et la personne est informée par courriel."),
        component("textfield", "accountEmail", "Adresse e-mail du compte", validate=required(255)),
        component("radio", "supportAction", "Intervention", validate=required(), values=[
            {"label": "Téléphone perdu ou changé : supprimer l'association avec l'application d'authentification",
             "value": "REMOVE_SECOND_FACTOR"},
            {"label": "Départ de la personne : désactiver le compte", "value": "DEACTIVATE"},
            {"label": "Compte verrouillé : le déverrouiller", "value": "UNLOCK"},
            {"label": "Informations complémentaires à corriger (une tâche de modification suit)",
             "value": "UPDATE_INFORMATION"}]),
        component("textarea", "supportReason", "Demande et vérifications faites", validate=required(2000),
                  description="Ex. : appel du 12/03 de M. Dupont, identité vérifiée par rappel au standard"),
    ])


def membership_review_form():
    return with_ids("membership-request-review", [
        text("# Demande de rattachement à un établissement\n\n{{requestSummary}}\n\n"
             "Rattaché, ce compte verra tous les dossiers de l'établissement (déclarations, autorisations, "
             "pièces jointes, historiques) et pourra en déposer en son nom. N'acceptez que si vous connaissez "
             "cette personne et son rôle dans l'établissement ; en cas de doute, refusez ou contactez le support "
             "de l'ANSM."),
        component("radio", "membershipDecision", "Décision", validate=required(), values=[
            {"label": "Accepter : le compte rejoint l'établissement", "value": "APPROVE"},
            {"label": "Refuser (motif communiqué au demandeur)", "value": "REFUSE"}]),
        component("textarea", "membershipReason", "Motif du refus", validate={"maxLength": 2000},
                  description="Obligatoire pour un refus"),
    ])


def main():
    for form in (start_form(), mail_intake_form(), review_form(), complement_form(), transmission_form(),
                 import_start_form(), import_review_form(), import_complement_form(), annual_review_form(),
                 annual_follow_up_form(), transport_review_form(), account_information_form(),
                 account_support_form(), membership_review_form()):
        path = ROOT / "forms" / f"{form['id']}.form"
        path.write_text(json.dumps(form, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
