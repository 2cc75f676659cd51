package app.kiroku.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.ui.NegotiationDetailView;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.ui.ErrorPage;
import app.kiroku.shared.ui.MainLayout;
import app.kiroku.user.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class HomeViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    ScheduleEntryService entries;

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void staffSeeTheirRecordsOfTheWeekWithCountsFromTheDatabase() {
        SignIn.as(users, "staff1");
        var home = navigate(HomeView.class);
        var agenda = negotiations.myAgenda();

        var cards = $(RouterLink.class, home).withClassName("is-negotiation").all();
        assertThat(cards).hasSize(agenda.size()).isNotEmpty();
        long today = agenda.stream()
                .filter(a -> a.date().equals(app.kiroku.TestClock.TODAY))
                .count();
        assertThat($(H2.class, $(Div.class).id("stat-today")).single().getText())
                .isEqualTo(String.valueOf(today));
        assertThat(cards.getFirst().getHref())
                .isEqualTo("negotiations/" + agenda.getFirst().id());

        var nav = $(com.vaadin.flow.component.Html.class).all().stream()
                .filter(html -> "main-nav".equals(html.getElement().getAttribute("id")))
                .findFirst()
                .orElseThrow();
        assertThat(nav.getInnerHtml()).contains("今日の予定").contains("path=\"/customers\"");
        // the screen sits in the layout's <main> landmark, the skip link's target
        var landmark = getCurrentView().getElement().getParent();
        assertThat(landmark.getTag()).isEqualTo("main");
        assertThat(landmark.getAttribute("id")).isEqualTo("main-content");
        assertThat(landmark.getParent().getComponent()).get().isInstanceOf(MainLayout.class);
    }

    @Test
    void theUserMenuIsBuiltWhenFirstOpenedAndOffersLanguageAccountAndLogout() {
        SignIn.as(users, "staff1");
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.popover.Popover.class).all()).isEmpty();
        var trigger = $(com.vaadin.flow.component.button.Button.class).id("user-menu");
        test(trigger).click();
        var menu = $(com.vaadin.flow.component.popover.Popover.class).single();
        assertThat(menu.isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.button.Button.class, menu).all())
                .extracting(com.vaadin.flow.component.button.Button::getText)
                .containsExactly("日本語", "English", "アカウント設定", "ログアウト");
        test($(com.vaadin.flow.component.button.Button.class, menu).id("account"))
                .click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountView");
        assertThat(menu.isOpened()).isFalse();
    }

    @Test
    void aClickOnARecordOpensItsDetail() {
        SignIn.as(users, "staff1");
        var first = negotiations.myAgenda().getFirst();
        var detail = navigate(NegotiationDetailView.class, first.id());
        assertThat($(Div.class, detail).id("negotiation-fields").getElement().getTextRecursively())
                .contains(first.handlerName());
    }

    @Test
    void partnersSeeOnlyTheirPlainEntriesAndNoCustomerData() {
        SignIn.as(users, "partner1");
        var home = navigate(HomeView.class);
        assertThat($(RouterLink.class, home).withClassName("is-negotiation").exists())
                .isFalse();
        // the demo's plain entries last one day each, so one card per entry
        var own = entries.myUpcoming(NegotiationService.AGENDA_DAYS_AHEAD);
        assertThat(own).isNotEmpty();
        assertThat($(Div.class, home).withClassName("is-entry").all()).hasSize(own.size());
        assertThat($(Div.class).withId("stat-today").exists()).isFalse();
    }

    @Test
    void partnersCannotOpenARecordEvenByItsAddress() {
        SignIn.as(users, "partner1");
        UI.getCurrent().navigate("negotiations/1");
        assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("ページが見つかりません");
    }
}
