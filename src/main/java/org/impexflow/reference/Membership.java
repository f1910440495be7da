package org.impexflow.reference;

/** What a country belongs to for the procedures, over periods of time ({@link CountryMembership}). */
public enum Membership {
    /** A member state of the European Union, or a part of one where EU law applies (outermost regions). */
    EU,
    /** The Schengen area: no checks at the internal borders. */
    SCHENGEN,
    /** A French overseas department or region: France, hence the EU, for the export declaration. */
    FRENCH_OVERSEAS_DEPARTMENT
}
