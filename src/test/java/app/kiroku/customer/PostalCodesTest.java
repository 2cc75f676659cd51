package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KirokuTest
@SignedInAs("staff1")
class PostalCodesTest {

    @Autowired
    PostalCodes postalCodes;

    @Test
    void aCodeGivesItsPrefectureCityAndTown() {
        assertThat(postalCodes.lookup("100-0001")).containsExactly(new PostalAddress("100-0001", "東京都", "千代田区", "千代田"));
        assertThat(postalCodes.lookup("100-0001").getFirst().text()).isEqualTo("東京都千代田区千代田");
    }

    @Test
    void theCodeMayBeTypedWithOrWithoutHyphenAndInFullWidth() {
        var expected = postalCodes.lookup("100-0001");
        assertThat(postalCodes.lookup("1000001")).isEqualTo(expected);
        assertThat(postalCodes.lookup("１０００００１")).isEqualTo(expected);
        assertThat(postalCodes.lookup("〒１００－０００１")).isEqualTo(expected);
        assertThat(postalCodes.lookup(" 100ー0001 ")).isEqualTo(expected);
    }

    @Test
    void aCodeThatCoversSeveralTownsGivesEachOfThem() {
        assertThat(postalCodes.lookup("441-1324"))
                .extracting(PostalAddress::text)
                .containsExactly("愛知県新城市井道", "愛知県新城市奥井道", "愛知県新城市内井道");
        assertThat(postalCodes.lookup("7614101"))
                .extracting(PostalAddress::town)
                .containsExactly("甲", "乙");
    }

    @Test
    void unknownAndMalformedCodesGiveNothing() {
        assertThat(postalCodes.lookup("999-9999")).isEmpty();
        assertThat(postalCodes.lookup("100-000")).isEmpty();
        assertThat(postalCodes.lookup("12345678")).isEmpty();
        assertThat(postalCodes.lookup("abc-defg")).isEmpty();
        assertThat(postalCodes.lookup("")).isEmpty();
        assertThat(postalCodes.lookup(null)).isEmpty();
    }

    @Test
    void codesWithALeadingZeroAndWholeVillagesAreFound() {
        assertThat(postalCodes.lookup("001-0010"))
                .extracting(PostalAddress::text)
                .containsExactly("北海道札幌市北区北十条西");
        // 「利島村一円」: the whole village, no town to add
        assertThat(postalCodes.lookup("100-0301"))
                .extracting(PostalAddress::text)
                .containsExactly("東京都利島村");
        assertThat(PostalCodes.towns("犬上郡多賀町", "一円")).containsExactly("一円");
    }

    @Test
    void onlyTheRecentlyUsedChunksStayInMemory() {
        IntStream.range(10, 40).forEach(prefix -> postalCodes.lookup(prefix + "00000"));

        assertThat(postalCodes.cachedChunks()).isEqualTo(PostalCodes.CACHED_CHUNKS);
        assertThat(postalCodes.lookup("100-0001")).hasSize(1);
    }
}
