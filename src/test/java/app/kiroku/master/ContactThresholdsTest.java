package app.kiroku.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.shared.data.ConcurrentEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
class ContactThresholdsTest {

    @Autowired
    MasterAdminService admin;

    @Autowired
    MasterDataService masters;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminSetsTheThresholdsAndEveryoneInHouseReadsThem() {
        SignIn.as(users, "admin");
        var before = admin.contactThresholds();
        assertThat(before.recentDays()).isEqualTo(7);
        assertThat(before.staleDays()).isEqualTo(30);

        admin.saveContactThresholds(14, 60, before.version());

        SignIn.as(users, "staff1");
        var after = masters.contactThresholds();
        assertThat(after.recentDays()).isEqualTo(14);
        assertThat(after.staleDays()).isEqualTo(60);
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void aSaveOverThresholdsChangedMeanwhileOrNotRisingIsRefused() {
        SignIn.as(users, "admin");
        int version = admin.contactThresholds().version();
        admin.saveContactThresholds(10, 40, version);
        assertThatThrownBy(() -> admin.saveContactThresholds(5, 20, version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> admin.saveContactThresholds(30, 30, version + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(admin.contactThresholds().staleDays()).isEqualTo(40);
    }

    @Test
    void onlyAnAdminSetsThemAndPartnersCannotReadThem() {
        SignIn.as(users, "staff1");
        assertThatThrownBy(() -> admin.saveContactThresholds(1, 2, 0)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "partner1");
        assertThatThrownBy(() -> masters.contactThresholds()).isInstanceOf(AccessDeniedException.class);
    }
}
