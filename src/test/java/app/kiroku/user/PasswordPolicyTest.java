package app.kiroku.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theCommonPasswordListHasTensOfThousandsOfEntries() {
        assertThat(CommonPasswords.load().size()).isGreaterThan(30_000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "qwertyuiop",
                "1qaz2wsx3edc",
                "iloveyou12",
                "QwertyUiop",
                "1234567890",
                "michael2026",
                "kiroku-demo",
                "superman12"
            })
    void wellKnownPasswordsAreRefused(String password) {
        assertThat(policy.check(password, "staff1")).isEqualTo("account.error.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Umi-no-oto-2026", "kaki no tane wo maku", "湖畔の朝霧と青い傘をさす"})
    void aDecentPassphrasePasses(String password) {
        assertThat(policy.check(password, "staff1")).isEmpty();
    }

    @Test
    void lengthAndTheLoginIdAreStillChecked() {
        assertThat(policy.check("short", "staff1")).isEqualTo("account.error.password.short");
        assertThat(policy.check("x".repeat(129), "staff1")).isEqualTo("account.error.password.long");
        assertThat(policy.check("my-staff1-passphrase", "staff1")).isEqualTo("account.error.password.loginId");
    }
}
