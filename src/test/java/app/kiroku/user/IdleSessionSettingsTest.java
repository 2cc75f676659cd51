package app.kiroku.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;

/** An idle session ends after 30 minutes, and an open tab's heartbeats do not count as use. */
class IdleSessionSettingsTest extends KirokuBrowserlessTest {

    @Autowired
    ServerProperties server;

    @Test
    void idleSessionsEndAndHeartbeatsDoNotKeepThemAlive() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.getServlet().getSession().getCookie().getSameSite()).hasToString("LAX");
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
