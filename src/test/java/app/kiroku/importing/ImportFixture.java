package app.kiroku.importing;

import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.IMPORT_JOB;
import static app.kiroku.db.Tables.IMPORT_MAPPING;

import app.kiroku.TestData;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.ImportSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.DSLContext;

/**
 * Files written as a user's spreadsheet program would write them, imports run to their end, and the cleanup of what
 * they created: the customers whose kana starts with {@link #KANA}, their imports and mappings.
 */
final class ImportFixture {

    /** Every customer the import tests create has a kana that starts so. */
    static final String KANA = "トリコミ";

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final DSLContext dsl;
    private final ImportService imports;

    ImportFixture(DSLContext dsl, ImportService imports) {
        this.dsl = dsl;
        this.imports = imports;
    }

    static Path file(String suffix, byte[] bytes) {
        try {
            Path path = Files.createTempFile("kiroku-import-test", suffix);
            Files.write(path, bytes);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text with Windows line ends, in {@code charset}, with a BOM when asked. */
    static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    ImportFile open(String name, byte[] bytes) {
        return imports.open(file(name.substring(name.lastIndexOf('.')), bytes), name);
    }

    ImportSettings guessed(ImportFile file, String target, String matchKey, Duplicates duplicates) {
        return new ImportSettings(file.headers(), imports.guess(target, file.headers()), matchKey, duplicates);
    }

    CheckReport check(ImportFile file, String target, ImportSettings settings) {
        try {
            return imports.check(file, target, settings, line -> {}).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportJob run(ImportFile file, String target, ImportSettings settings) {
        return await(imports.start(file, target, settings));
    }

    ImportJob await(long id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            ImportJob job = imports.job(id).orElseThrow();
            if (!job.status().open()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Import " + id + " did not end");
    }

    List<Long> importedIds() {
        return dsl.select(CUSTOMER.ID)
                .from(CUSTOMER)
                .where(CUSTOMER.KANA.startsWith(KANA))
                .fetch(CUSTOMER.ID);
    }

    void cleanUp() {
        List<Long> ids = importedIds();
        TestData.deleteSearchKeys(dsl, ids);
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("customer"))
                .and(AUDIT_LOG.ENTITY_ID.in(ids))
                .execute();
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.in(ids)).execute();
        dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY_TYPE.eq("import_job")).execute();
        dsl.deleteFrom(IMPORT_JOB).execute();
        dsl.deleteFrom(IMPORT_MAPPING).execute();
    }
}
