-- Country memberships as periods (docs/architecture.md, "Reference data with dates of effect"): a decision
-- reads the membership at the date that matters (the filing date of an export declaration, the departure
-- date of a traveller), so that a past case keeps the answer it had.
-- kind: EU (member state of the European Union, or a part of one where EU law applies),
--       SCHENGEN (checks lifted at the internal borders; the date taken is the land borders' one, see
--       docs/processes/transport-attestation.md), FRENCH_OVERSEAS_DEPARTMENT (a French overseas department or region:
--       France, hence the EU, for the export declaration).
-- valid_from is inclusive, valid_until exclusive (NULL: still in force). source: the text it comes from.
CREATE TABLE country_membership (
    country_code VARCHAR(2)   NOT NULL REFERENCES country (code),
    kind         VARCHAR(40)  NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE,
    source       VARCHAR(300) NOT NULL,
    PRIMARY KEY (country_code, kind, valid_from),
    CHECK (kind IN ('EU', 'SCHENGEN', 'FRENCH_OVERSEAS_DEPARTMENT')),
    CHECK (valid_until IS NULL OR valid_until > valid_from)
);

-- The European Union: the 27 member states with the date their accession took effect, the United Kingdom
-- until the end of the transition period, and the territories with their own ISO code where EU law applies.
INSERT INTO country_membership (country_code, kind, valid_from, valid_until, source) VALUES
('BE', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('DE', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('FR', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('IT', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('LU', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('NL', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome instituant la CEE (en vigueur le 1er janvier 1958)'),
('DK', 'EU', DATE '1973-01-01', NULL, 'Acte d''adhésion de 1972 (Danemark, Irlande, Royaume-Uni)'),
('IE', 'EU', DATE '1973-01-01', NULL, 'Acte d''adhésion de 1972 (Danemark, Irlande, Royaume-Uni)'),
('GB', 'EU', DATE '1973-01-01', DATE '2021-01-01', 'Acte d''adhésion de 1972 ; accord de retrait du Royaume-Uni (JO L 29 du 31.1.2020), articles 126 et 127 : droit de l''Union applicable jusqu''au 31 décembre 2020'),
('GR', 'EU', DATE '1981-01-01', NULL, 'Acte d''adhésion de 1979 (Grèce)'),
('ES', 'EU', DATE '1986-01-01', NULL, 'Acte d''adhésion de 1985 (Espagne, Portugal)'),
('PT', 'EU', DATE '1986-01-01', NULL, 'Acte d''adhésion de 1985 (Espagne, Portugal)'),
('AT', 'EU', DATE '1995-01-01', NULL, 'Acte d''adhésion de 1994 (Autriche, Finlande, Suède)'),
('FI', 'EU', DATE '1995-01-01', NULL, 'Acte d''adhésion de 1994 (Autriche, Finlande, Suède)'),
('AX', 'EU', DATE '1995-01-01', NULL, 'Acte d''adhésion de 1994, protocole n° 2 sur les îles Åland (partie de la Finlande)'),
('SE', 'EU', DATE '1995-01-01', NULL, 'Acte d''adhésion de 1994 (Autriche, Finlande, Suède)'),
('CY', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('CZ', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('EE', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('HU', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('LT', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('LV', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('MT', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('PL', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('SI', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('SK', 'EU', DATE '2004-05-01', NULL, 'Traité d''adhésion d''Athènes de 2003 (en vigueur le 1er mai 2004)'),
('BG', 'EU', DATE '2007-01-01', NULL, 'Traité d''adhésion de Luxembourg de 2005 (en vigueur le 1er janvier 2007)'),
('RO', 'EU', DATE '2007-01-01', NULL, 'Traité d''adhésion de Luxembourg de 2005 (en vigueur le 1er janvier 2007)'),
('HR', 'EU', DATE '2013-07-01', NULL, 'Traité d''adhésion de la Croatie de 2011 (en vigueur le 1er juillet 2013)'),
-- the French overseas departments and regions, and Saint-Martin: outermost regions (TFUE, articles 349 et 355, §1)
('GP', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome, article 227, § 2 ; TFUE, articles 349 et 355, § 1 (région ultrapériphérique)'),
('MQ', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome, article 227, § 2 ; TFUE, articles 349 et 355, § 1 (région ultrapériphérique)'),
('GF', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome, article 227, § 2 ; TFUE, articles 349 et 355, § 1 (région ultrapériphérique)'),
('RE', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome, article 227, § 2 ; TFUE, articles 349 et 355, § 1 (région ultrapériphérique)'),
('YT', 'EU', DATE '2014-01-01', NULL, 'Décision 2012/419/UE du Conseil européen (Mayotte, région ultrapériphérique au 1er janvier 2014)'),
('MF', 'EU', DATE '1958-01-01', NULL, 'Traité de Rome, article 227, § 2 (partie de la Guadeloupe jusqu''en 2007) ; TFUE, articles 349 et 355, § 1 (région ultrapériphérique)'),
-- Saint-Barthélemy left the EU when it became an overseas country and territory
('BL', 'EU', DATE '1958-01-01', DATE '2012-01-01', 'Traité de Rome, article 227, § 2 (partie de la Guadeloupe jusqu''en 2007) ; décision 2010/718/UE du Conseil européen (pays et territoire d''outre-mer au 1er janvier 2012)');

-- The Schengen area: the date from which checks were lifted at the state's internal land borders (or at its
-- sea and air borders when it has no land border with another member).
INSERT INTO country_membership (country_code, kind, valid_from, valid_until, source) VALUES
('BE', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('DE', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('ES', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('FR', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('LU', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('NL', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('PT', 'SCHENGEN', DATE '1995-03-26', NULL, 'Convention d''application de l''accord de Schengen (mise en application le 26 mars 1995)'),
('IT', 'SCHENGEN', DATE '1998-04-01', NULL, 'Décisions du Comité exécutif de Schengen de 1997 (frontières terrestres au 1er avril 1998)'),
('AT', 'SCHENGEN', DATE '1998-04-01', NULL, 'Décisions du Comité exécutif de Schengen de 1997 (frontières terrestres au 1er avril 1998)'),
('GR', 'SCHENGEN', DATE '2000-03-26', NULL, 'Décision 1999/848/CE du Conseil'),
('DK', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques)'),
('FI', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques)'),
('AX', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques ; îles Åland, partie de la Finlande)'),
('IS', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques)'),
('NO', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques)'),
('SE', 'SCHENGEN', DATE '2001-03-25', NULL, 'Décision 2000/777/CE du Conseil (États nordiques)'),
('CZ', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('EE', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('HU', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('LT', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('LV', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('MT', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('PL', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('SI', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('SK', 'SCHENGEN', DATE '2007-12-21', NULL, 'Décision 2007/801/CE du Conseil (frontières terrestres et maritimes au 21 décembre 2007)'),
('CH', 'SCHENGEN', DATE '2008-12-12', NULL, 'Décision 2008/903/CE du Conseil (frontières terrestres au 12 décembre 2008)'),
('LI', 'SCHENGEN', DATE '2011-12-19', NULL, 'Décision 2011/842/UE du Conseil'),
('HR', 'SCHENGEN', DATE '2023-01-01', NULL, 'Décision (UE) 2022/2451 du Conseil'),
('BG', 'SCHENGEN', DATE '2025-01-01', NULL, 'Décision (UE) 2024/3212 du Conseil (frontières terrestres au 1er janvier 2025 ; aériennes et maritimes dès le 31 mars 2024, décision (UE) 2024/210)'),
('RO', 'SCHENGEN', DATE '2025-01-01', NULL, 'Décision (UE) 2024/3212 du Conseil (frontières terrestres au 1er janvier 2025 ; aériennes et maritimes dès le 31 mars 2024, décision (UE) 2024/210)');

-- The French overseas departments and regions (Constitution, article 73): France, hence the EU.
INSERT INTO country_membership (country_code, kind, valid_from, valid_until, source) VALUES
('GP', 'FRENCH_OVERSEAS_DEPARTMENT', DATE '1946-03-19', NULL, 'Loi n° 46-451 du 19 mars 1946 ; Constitution, article 73'),
('MQ', 'FRENCH_OVERSEAS_DEPARTMENT', DATE '1946-03-19', NULL, 'Loi n° 46-451 du 19 mars 1946 ; Constitution, article 73'),
('GF', 'FRENCH_OVERSEAS_DEPARTMENT', DATE '1946-03-19', NULL, 'Loi n° 46-451 du 19 mars 1946 ; Constitution, article 73'),
('RE', 'FRENCH_OVERSEAS_DEPARTMENT', DATE '1946-03-19', NULL, 'Loi n° 46-451 du 19 mars 1946 ; Constitution, article 73'),
('YT', 'FRENCH_OVERSEAS_DEPARTMENT', DATE '2011-03-31', NULL, 'Loi organique n° 2010-1486 du 7 décembre 2010 (département de Mayotte) ; Constitution, article 73');

-- The flags of V2 answered as of 2020 without dates; the periods above replace them.
ALTER TABLE country DROP COLUMN eu_member;
ALTER TABLE country DROP COLUMN schengen_member;
