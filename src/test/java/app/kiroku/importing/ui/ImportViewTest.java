package app.kiroku.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import app.kiroku.importing.ImportFixtureAccess;
import app.kiroku.importing.ImportService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ImportViewTest extends KirokuBrowserlessTest {

    private static final byte[] FILE = String.join(
                    "\r\n",
                    "顧客名,フリガナ,電話,携帯",
                    "画面商事,とりこみがめん,03-2000-0001,090-2000-0001",
                    "画面工業,とりこみこうぎょう,03-2000-0002,内線12",
                    "画面建設,とりこみけんせつ,03-2000-0003,")
            .concat("\r\n")
            .getBytes(Charset.forName("windows-31j"));

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportService imports;

    @Autowired
    CustomerService customers;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void cleanUp() {
        ImportFixtureAccess.cleanUp(dsl, imports);
    }

    @Test
    void aFileIsUploadedCheckedRemappedAndImportedAndTheHistoryShowsIt() {
        SignIn.as(users, "admin");
        navigate(ImportView.class);
        test($(Upload.class).id("import-upload")).upload("顧客一覧.csv", "text/csv", FILE);
        roundTrip();

        assertThat($(Span.class).id("import-file-info").getText()).isEqualTo("顧客一覧.csv（CSV Shift_JIS・4列）");
        assertThat(combo("map-name").getValue()).isZero();
        assertThat(combo("map-kana").getValue()).isEqualTo(1);
        assertThat(combo("map-mobile").getValue()).isEqualTo(3);
        assertThat($(Button.class).id("import-start").isEnabled()).isFalse();

        test($(Button.class).id("import-check")).click();
        await(() -> $(Paragraph.class).withId("import-check-summary").exists());
        assertThat($(Paragraph.class).id("import-check-summary").getText()).isEqualTo("全3行：作成 2件・更新 0件・スキップ 0件・エラー 1件");
        var problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("携帯");

        combo("map-mobile").clear();
        assertThat($(Button.class).id("import-start").isEnabled())
                .as("a change asks for a new check")
                .isFalse();
        test($(Button.class).id("import-check")).click();
        await(() -> $(Paragraph.class).withId("import-check-summary").exists());
        assertThat($(Paragraph.class).id("import-check-summary").getText()).isEqualTo("全3行：作成 3件・更新 0件・スキップ 0件・エラー 0件");

        test($(Button.class).id("import-start")).click();
        UI ui = UI.getCurrent();
        await(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return $(Span.class).id("import-progress-text").getText().startsWith("完了");
        });
        assertThat($(Span.class).id("import-progress-text").getText())
                .isEqualTo("完了：4行目まで取り込み済み（作成 3・更新 0・スキップ 0・エラー 0）");
        assertThat(customers.search(CustomerFilter.keyword("とりこみこうぎょう"), List.of(), 0, 5))
                .hasSize(1);
        var history = $(Grid.class).id("import-history");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("顧客一覧.csv");
        assertThat(test(history).getCellText(0, 4)).isEqualTo("完了");
    }

    @Test
    void aMappingIsSavedUnderANameAndAppliedToTheNextFile() {
        SignIn.as(users, "admin");
        navigate(ImportView.class);
        test($(Upload.class).id("import-upload")).upload("a.csv", "text/csv", FILE);
        roundTrip();
        combo("map-mobile").clear();
        test($(TextField.class).id("import-mapping-name")).setValue("基幹システム");
        test($(Button.class).id("import-mapping-save")).click();

        test($(Upload.class).id("import-upload")).upload("b.csv", "text/csv", FILE);
        roundTrip();
        assertThat(combo("map-mobile").getValue()).as("guessed again").isEqualTo(3);
        @SuppressWarnings("unchecked")
        ComboBox<app.kiroku.importing.SavedMapping> saved = $(ComboBox.class).id("import-saved-mappings");
        test(saved).selectItem("基幹システム");
        assertThat(combo("map-mobile").getValue()).isNull();
        assertThat(combo("map-kana").getValue()).isEqualTo(1);
    }

    @Test
    void anImportGoesOnWhileThePageIsLeftAndIsFollowedAgainOnReturn() {
        SignIn.as(users, "admin");
        navigate(ImportView.class);
        test($(Upload.class).id("import-upload")).upload("長い.csv", "text/csv", FILE);
        roundTrip();
        test($(Button.class).id("import-check")).click();
        await(() -> $(Paragraph.class).withId("import-check-summary").exists());
        test($(Button.class).id("import-start")).click();

        navigate(app.kiroku.customer.ui.CustomerSearchView.class);
        navigate(ImportView.class);
        UI ui = UI.getCurrent();
        assertThat($(Span.class).withId("import-progress-text").exists())
                .as("the import is followed again")
                .isTrue();
        await(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return $(Span.class).id("import-progress-text").getText().startsWith("完了");
        });
        assertThat(customers.search(CustomerFilter.keyword("とりこみがめん"), List.of(), 0, 5))
                .hasSize(1);
    }

    @Test
    void staffWithoutPermissionSeeWhyAndNoUpload() {
        SignIn.as(users, "staff1");
        navigate(ImportView.class);
        assertThat($(Paragraph.class).id("import-not-allowed").getText()).contains("管理者が許可したスタッフ");
        assertThat($(Upload.class).exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Integer> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    private static void await(BooleanSupplier done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            roundTrip();
            if (done.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The view did not get there in time");
    }
}
