package app.kiroku.importing;

import org.jooq.DSLContext;

/** {@link ImportFixture}'s cleanup for the view tests in another package. */
public final class ImportFixtureAccess {

    private ImportFixtureAccess() {}

    public static void cleanUp(DSLContext dsl, ImportService imports) {
        new ImportFixture(dsl, imports).cleanUp();
    }
}
