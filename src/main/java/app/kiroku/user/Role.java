package app.kiroku.user;

/** The three kinds of users. PARTNER users are outside contractors: never any customer-linked data. */
public enum Role {
    ADMIN,
    STAFF,
    PARTNER;

    /** Names for {@code @RolesAllowed}, kept as constants so annotations and checks agree. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String STAFF_NAME = "STAFF";
    public static final String PARTNER_NAME = "PARTNER";

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isInHouse() {
        return this != PARTNER;
    }
}
