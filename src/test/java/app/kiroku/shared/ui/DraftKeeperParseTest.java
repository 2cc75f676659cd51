package app.kiroku.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftKeeperParseTest {

    @Test
    void keysNameTheUserTheFormAndTheRecord() {
        assertThat(DraftKeeper.key(3, "negotiation", "edit", 42L)).isEqualTo("kiroku.draft.3.negotiation.edit.42");
        assertThat(DraftKeeper.key(7, "customer", "new")).isEqualTo("kiroku.draft.7.customer.new");
    }

    @Test
    void theBrowsersDraftIsReadWithItsKeyTimeVersionAndValues() {
        var draft = DraftKeeper.parse("""
                {"key":"kiroku.draft.3.customer.edit.5","savedAt":1796191500000,"version":4,
                 "values":{"field-memo":"駐車場は裏手","field-assignees":["佐藤 健一"],"field-odd":12}}""");

        assertThat(draft).isNotNull();
        assertThat(draft.key()).isEqualTo("kiroku.draft.3.customer.edit.5");
        assertThat(draft.savedAt()).isEqualTo(Instant.ofEpochMilli(1796191500000L));
        assertThat(draft.version()).isEqualTo(4);
        assertThat(draft.values()).containsOnlyKeys("field-memo", "field-assignees");
        assertThat(draft.values().get("field-assignees")).isEqualTo(List.of("佐藤 健一"));
    }

    @Test
    void nothingIsReadFromAnEmptyOrMalformedAnswer() {
        assertThat(DraftKeeper.parse("")).isNull();
        assertThat(DraftKeeper.parse(null)).isNull();
        assertThat(DraftKeeper.parse("{not json")).isNull();
        assertThat(DraftKeeper.parse("{\"values\":{}}")).isNull();
    }
}
