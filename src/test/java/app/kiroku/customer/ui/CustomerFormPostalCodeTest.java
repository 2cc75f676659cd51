package app.kiroku.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

@SignedInAs("staff1")
class CustomerFormPostalCodeTest extends KirokuBrowserlessTest {

    @Test
    void sevenDigitsFillAnEmptyAddress() {
        var form = navigate(CustomerFormView.class);

        test(form.fields.postalCode).setValue("100-0001");

        assertThat(form.fields.address.getValue()).isEqualTo("東京都千代田区千代田");
        assertThat(form.fields.postalAssist.isVisible()).isFalse();
        assertThat(form.fields.postalCode.isInvalid()).isFalse();
    }

    @Test
    void aCodeWithSeveralTownsOffersThemAndTheChosenOneIsFilledIn() {
        var form = navigate(CustomerFormView.class);

        test(form.fields.postalCode).setValue("４４１１３２４");

        assertThat(form.fields.address.getValue()).isEqualTo("愛知県新城市");
        assertThat(form.fields.postalAssist.isVisible()).isTrue();
        assertThat(form.fields.postalAssist.getElement().getTextRecursively()).contains("複数の町域があります");
        assertThat($(Button.class, form.fields.postalAssist).all())
                .extracting(Button::getText)
                .containsExactly("愛知県新城市井道", "愛知県新城市奥井道", "愛知県新城市内井道");

        test($(Button.class).id("postal-town-1")).click();

        assertThat(form.fields.address.getValue()).isEqualTo("愛知県新城市奥井道");
        assertThat(form.fields.postalAssist.isVisible()).isFalse();
    }

    @Test
    void anUnknownCodeIsSaidAtTheFieldWithoutAnError() {
        var form = navigate(CustomerFormView.class);

        test(form.fields.postalCode).setValue("999-9999");

        assertThat(form.fields.postalCode.getHelperText()).isEqualTo("この郵便番号の住所は見つかりませんでした。");
        assertThat(form.fields.postalCode.isInvalid()).isFalse();
        assertThat(form.fields.address.getValue()).isEmpty();

        test(form.fields.postalCode).setValue("100-0001");
        assertThat(form.fields.postalCode.getHelperText()).isNullOrEmpty();
        assertThat(form.fields.address.getValue()).isEqualTo("東京都千代田区千代田");
    }

    @Test
    void aTypedAddressIsKeptAndTheFoundOneOfferedAsReplacement() {
        var form = navigate(CustomerFormView.class);
        test(form.fields.address).setValue("大阪府大阪市北区梅田1-1");

        test(form.fields.postalCode).setValue("1000001");

        assertThat(form.fields.address.getValue()).isEqualTo("大阪府大阪市北区梅田1-1");
        assertThat(form.fields.postalAssist.getElement().getTextRecursively()).contains("東京都千代田区千代田");
        test($(Button.class).id("postal-replace")).click();
        assertThat(form.fields.address.getValue()).isEqualTo("東京都千代田区千代田");
    }

    @Test
    void anAddressThatAlreadyStartsWithTheTownIsLeftAlone() {
        var form = navigate(CustomerFormView.class);
        test(form.fields.address).setValue("東京都千代田区千代田1-1 記録ビル");

        test(form.fields.postalCode).setValue("100-0001");

        assertThat(form.fields.address.getValue()).isEqualTo("東京都千代田区千代田1-1 記録ビル");
        assertThat(form.fields.postalAssist.isVisible()).isFalse();
    }

    @Test
    void anotherCodeReplacesTheAddressThatTheFormFilledIn() {
        var form = navigate(CustomerFormView.class);
        test(form.fields.postalCode).setValue("100-0001");

        test(form.fields.postalCode).setValue("001-0010");

        assertThat(form.fields.address.getValue()).isEqualTo("北海道札幌市北区北十条西");
    }
}
