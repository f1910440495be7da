#!/usr/bin/env python3
"""Writes processes/traveller-medicines.dmn from its rules, listed here one per line: python3 tools/dmn/traveller_medicines.py"""
import html
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
inputs=[("Direction","Sens du voyage","direction","string"),
        ("OtherCountryInSchengen","Autre pays dans l'espace Schengen","otherCountryInSchengen","boolean"),
        ("Classification","Classement du médicament","classification","string"),
        ("CarriedPersonally","Transporté par le voyageur lui-même","carriedPersonally","boolean"),
        ("PrescriptionDays","Durée de traitement sur l'ordonnance (jours)","prescriptionDays","integer"),
        ("QuantityDays","Quantité transportée (jours de traitement)","quantityDays","integer")]
outputs=[("Allowed","Autorisé","allowed","boolean"),
         ("MaxDays","Quantité maximale (jours)","maxDays","integer"),
         ("Prescription","Ordonnance","prescription","string"),
         ("OriginCertificate","Certificat de l'autorité du pays de provenance","originCertificate","boolean"),
         ("ArsAuthorisation","Autorisation de transport de l'ARS","arsAuthorisation","boolean"),
         ("ArsValidityDays","Validité de l'autorisation ARS (jours)","arsValidityDays","integer"),
         ("AnsmAttestation","Attestation de transport de l'ANSM","ansmAttestation","string"),
         ("Reason","Motif","reason","string"),
         ("Reference","Texte","reference","string")]
CUSTOMS='"Douane – transport de médicaments par les particuliers (mise à jour du 01/12/2020) : usage personnel"'
SCHENGEN='"Convention d\'application de l\'accord de Schengen, article 75"'
ANSM='"ANSM – attestations de transport des médicaments stupéfiants (depuis le 1er août 2015)"'
NARC='"NARCOTIC","PSYCHOTROPIC"'
WITH_RX='if prescriptionDays = null then {d} else prescriptionDays'
rules=[
 ("NotCarried", "Stupéfiant ou psychotrope confié à un tiers ou envoyé : interdit.",
  ['', '', NARC, 'false', '', ''],
  ['false','0','"NONE"','false','false','null','"NO"','"Un médicament stupéfiant ou psychotrope ne peut être importé par un particulier que s\'il le transporte lui-même."',CUSTOMS]),
 ("NonNarcoticNotCarried", "Médicament envoyé ou confié à un tiers : hors de ces règles.",
  ['', '', '"NONE"', 'false', '', ''],
  ['false','0','"NONE"','false','false','null','"NO"','"Ces règles valent pour les médicaments que le voyageur transporte lui-même ; l\'envoi de médicaments relève d\'autres règles."',CUSTOMS]),
 ("NarcoticBeyondOneMonth", "Stupéfiant ou psychotrope sans ordonnance au-delà d'un mois.",
  ['', '', NARC, 'true', 'null', '> 30'],
  ['false','30','"MANDATORY"','false','false','null','"NO"','"Sans ordonnance, un stupéfiant ou psychotrope est limité à un mois de traitement aux conditions normales d\'emploi."',CUSTOMS]),
 ("NarcoticBeyondPrescription", "Stupéfiant ou psychotrope au-delà de la durée de l'ordonnance.",
  ['', '', NARC, 'true', 'not(null)', '> prescriptionDays'],
  ['false','prescriptionDays','"MANDATORY"','false','false','null','"NO"','"La quantité dépasse la durée de traitement prévue par l\'ordonnance : un stupéfiant ou psychotrope n\'est admis que pour un usage thérapeutique personnel."',CUSTOMS]),
 ("NarcoticFromSchengen", "Stupéfiant ou psychotrope en provenance d'un pays de l'espace Schengen.",
  ['"ENTERING"', 'true', NARC, 'true', '', ''],
  ['true',WITH_RX.format(d=30),'"OPTIONAL"','true','false','null','"NO"','"En provenance d\'un pays de l\'espace Schengen, le certificat délivré par les autorités compétentes du pays de provenance est obligatoire."',SCHENGEN]),
 ("NarcoticFromOutsideSchengen", "Stupéfiant ou psychotrope en provenance d'un pays hors de l'espace Schengen.",
  ['"ENTERING"', 'false', NARC, 'true', '', ''],
  ['true',WITH_RX.format(d=30),'"MANDATORY"','false','false','null','"NO"','"En provenance d\'un pays hors de l\'espace Schengen, l\'ordonnance du médecin est obligatoire."',SCHENGEN]),
 ("NarcoticToSchengen", "Stupéfiant ou psychotrope vers un pays de l'espace Schengen.",
  ['"LEAVING"', 'true', NARC, 'true', '', ''],
  ['true',WITH_RX.format(d=30),'"ORIGINAL"','false','true','30','"NO"','"Vers un pays de l\'espace Schengen : l\'original de la prescription et une autorisation de transport de l\'agence régionale de santé (ARS) du médecin prescripteur, valable trente jours dans la limite de la durée maximale de prescription du médicament."',SCHENGEN]),
 ("NarcoticToOutsideSchengen", "Stupéfiant vers un pays hors de l'espace Schengen.",
  ['"LEAVING"', 'false', '"NARCOTIC"', 'true', '', ''],
  ['true',WITH_RX.format(d=30),'"ORIGINAL"','false','false','null','"IF_DESTINATION_REQUIRES"','"Vers un pays hors de l\'espace Schengen : l\'original de la prescription ; l\'ANSM délivre une attestation de transport si le pays de destination exige un certificat des autorités du pays de résidence, pour au plus la durée maximale de prescription."',ANSM]),
 ("PsychotropicToOutsideSchengen", "Psychotrope vers un pays hors de l'espace Schengen.",
  ['"LEAVING"', 'false', '"PSYCHOTROPIC"', 'true', '', ''],
  ['true',WITH_RX.format(d=30),'"ORIGINAL"','false','false','null','"NO"','"Vers un pays hors de l\'espace Schengen : l\'original de la prescription médicale."',SCHENGEN]),
 ("BeyondThreeMonthsWithoutPrescription", "Médicament sans ordonnance au-delà de trois mois.",
  ['', '', '"NONE"', 'true', 'null', '> 90'],
  ['false','90','"MANDATORY"','false','false','null','"NO"','"Sans ordonnance, l\'usage personnel correspond à trois mois de traitement ; au-delà, l\'importation est prohibée."',CUSTOMS]),
 ("BeyondPrescription", "Médicament au-delà de la durée de l'ordonnance.",
  ['', '', '"NONE"', 'true', 'not(null)', '> prescriptionDays'],
  ['false','prescriptionDays','"MANDATORY"','false','false','null','"NO"','"La quantité dépasse la durée de traitement prévue par l\'ordonnance : au-delà de l\'usage personnel, l\'importation est prohibée."',CUSTOMS]),
 ("PrescriptionBeyondThreeMonths", "Médicament avec ordonnance, plus de trois mois de traitement.",
  ['', '', '"NONE"', 'true', 'not(null)', '> 90'],
  ['true','prescriptionDays','"MANDATORY"','false','false','null','"NO"','"Plus de trois mois de traitement : l\'ordonnance du médecin doit être présentée."',CUSTOMS]),
 ("PersonalUse", "Médicament pour un usage personnel d'au plus trois mois, ou dans la durée de l'ordonnance.",
  ['', '', '"NONE"', 'true', '', ''],
  ['true',WITH_RX.format(d=90),'"OPTIONAL"','false','false','null','"NO"','"Usage personnel : la durée de traitement de l\'ordonnance, ou trois mois sans ordonnance ; l\'ordonnance n\'est à présenter qu\'au-delà de trois mois."',CUSTOMS]),
]
e=lambda t: html.escape(t, quote=False)
out=[]
out.append('<?xml version="1.0" encoding="UTF-8"?>')
out.append('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_TravellerMedicines" name="Voyageurs : transport de médicaments" namespace="https://impexflow.org/dmn/traveller-medicines" exporter="impexflow" exporterVersion="1" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">')
out.append('  <decision id="traveller-medicines" name="Un voyageur peut-il transporter ce médicament, et avec quels documents ?" camunda:historyTimeToLive="3650">')
out.append('    <description>Customs rules for a person carrying medicines across the French border (douane.gouv.fr, 01/12/2020; Schengen implementing convention, article 75; ANSM transport attestations for narcotics since 1 August 2015). Schengen membership is data (table country, column schengen_member), turned into otherCountryInSchengen by the caller. One month = 30 days, three months = 90 days. Hit policy FIRST: the rules are read in order.</description>')
out.append('    <decisionTable id="DecisionTable_TravellerMedicines" hitPolicy="FIRST">')
for i,(id,label,var,t) in enumerate(inputs):
    out.append(f'      <input id="Input_{id}" label="{e(label)}">')
    out.append(f'        <inputExpression id="InputExpression_{id}" typeRef="{t}"><text>{var}</text></inputExpression>')
    out.append('      </input>')
for id,label,var,t in outputs:
    out.append(f'      <output id="Output_{id}" label="{e(label)}" name="{var}" typeRef="{t}" />')
for id,desc,ins,outs in rules:
    out.append(f'      <rule id="Rule_{id}">')
    out.append(f'        <description>{e(desc)}</description>')
    for k,v in enumerate(ins):
        out.append(f'        <inputEntry id="InputEntry_{id}_{inputs[k][0]}"><text>{e(v)}</text></inputEntry>')
    for k,v in enumerate(outs):
        out.append(f'        <outputEntry id="OutputEntry_{id}_{outputs[k][0]}"><text>{e(v)}</text></outputEntry>')
    out.append('      </rule>')
out.append('    </decisionTable>')
out.append('  </decision>')
out.append('  <dmndi:DMNDI>')
out.append('    <dmndi:DMNDiagram id="DMNDiagram_TravellerMedicines">')
out.append('      <dmndi:DMNShape id="DMNShape_TravellerMedicines" dmnElementRef="traveller-medicines">')
out.append('        <dc:Bounds height="80" width="180" x="160" y="100" />')
out.append('      </dmndi:DMNShape>')
out.append('    </dmndi:DMNDiagram>')
out.append('  </dmndi:DMNDI>')
out.append('</definitions>')
(ROOT / 'processes' / 'traveller-medicines.dmn').write_text('\n'.join(out) + '\n', encoding='utf-8')
