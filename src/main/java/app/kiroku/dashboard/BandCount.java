package app.kiroku.dashboard;

import app.kiroku.customer.ContactAge;
import app.kiroku.master.ContactBand;

/** Customers in one band of days since their last contact, with the days the band covers. */
public record BandCount(ContactBand band, ContactAge age, int count) {}
