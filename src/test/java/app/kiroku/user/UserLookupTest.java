package app.kiroku.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserLookupTest {

    private final UserRef sato = new UserRef(1, "佐藤 健一", "サトウ\u3000ケンイチ", 1L, Role.STAFF, true);
    private final UserRef suzuki = new UserRef(2, "鈴木 美咲", "スズキ\u3000ミサキ", 2L, Role.STAFF, true);
    private final UserRef otherSuzuki = new UserRef(3, "鈴木　美咲", "スズキ\u3000ミサキ", 3L, Role.ADMIN, true);
    private final UserLookup lookup =
            new UserLookup(List.of(sato, suzuki, otherSuzuki), Map.of("staff1", 1L, "Staff2", 2L, "admin", 3L));

    @Test
    void aLoginIdInAnyCaseFindsItsUser() {
        assertThat(lookup.find("STAFF1").user()).isEqualTo(sato);
        assertThat(lookup.find(" staff2 ").user()).isEqualTo(suzuki);
    }

    @Test
    void aNameFindsTheOneUserWithItWhateverItsSpacesAndWidths() {
        assertThat(lookup.find("佐藤健一").user()).isEqualTo(sato);
        assertThat(lookup.find("佐藤　健一").user()).isEqualTo(sato);
    }

    @Test
    void aNameTwoUsersShareIsAmbiguousAndAnUnknownOneIsNotFound() {
        assertThat(lookup.find("鈴木美咲")).isEqualTo(new UserLookup.Found(null, true));
        assertThat(lookup.find("admin").user())
                .as("the login still tells them apart")
                .isEqualTo(otherSuzuki);
        assertThat(lookup.find("田中 誠")).isEqualTo(new UserLookup.Found(null, false));
    }
}
