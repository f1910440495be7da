-- Travellers: whether a destination country requires, for a traveller entering it with a narcotic, a
-- certificate from the authorities of the patient's country of residence (the only case where ANSM issues a
-- transport attestation), with the text it comes from. Kept by ANSM's administrators as a reference list
-- (certificats-destination); a country not listed is confirmed by the traveller on the request.
CREATE TABLE destination_certificate (
    country_code VARCHAR(2)   NOT NULL PRIMARY KEY REFERENCES country (code),
    certificate  VARCHAR(20)  NOT NULL CHECK (certificate IN ('REQUIRED', 'NOT_REQUIRED')),
    source       VARCHAR(500) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
