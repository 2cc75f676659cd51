package app.kiroku.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(KirokuI18nProvider.bundle(locale).getKeys()));
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertThat(keys(Locale.ENGLISH)).isNotEmpty().isEqualTo(keys(Locale.JAPANESE));
    }

    @Test
    void noTranslationIsBlank() {
        for (Locale locale : new KirokuI18nProvider().getProvidedLocales()) {
            ResourceBundle bundle = KirokuI18nProvider.bundle(locale);
            assertThat(keys(locale))
                    .allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void japaneseIsTheDefaultForOtherLanguages() {
        var provider = new KirokuI18nProvider();
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("今日の予定");
        assertThat(provider.getTranslation("nav.home", Locale.US)).isEqualTo("Today");
        assertThat(provider.getTranslation("home.handler", Locale.JAPANESE, "佐藤"))
                .isEqualTo("対応者: 佐藤");
    }
}
