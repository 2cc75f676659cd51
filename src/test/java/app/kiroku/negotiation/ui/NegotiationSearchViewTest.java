package app.kiroku.negotiation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import app.kiroku.negotiation.NegotiationFilter;
import app.kiroku.negotiation.NegotiationListItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.ui.ServerLaidColumn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SignedInAs("staff1")
class NegotiationSearchViewTest extends KirokuBrowserlessTest {

    @Autowired
    NegotiationService negotiations;

    @SuppressWarnings("unchecked")
    private Grid<NegotiationListItem> grid() {
        return (Grid<NegotiationListItem>) $(Grid.class).id("negotiation-grid");
    }

    @Test
    void keywordSearchListsMatchingRecordsAndARowOpensTheRecord() {
        navigate(NegotiationSearchView.class);
        test($(TextField.class).id("negotiation-keyword")).setValue("見積");
        test($(Button.class).id("negotiation-search")).click();

        int expected = negotiations.count(NegotiationFilter.keyword("見積"));
        assertThat(expected).isPositive();
        assertThat(test(grid()).size()).isEqualTo(expected);
        // a list kept open: its columns' layout is not read back from the browser (ServerLaidColumn)
        assertThat(grid().getColumns())
                .isNotEmpty()
                .allSatisfy(column -> assertThat(column).isInstanceOf(ServerLaidColumn.class));
        var first = test(grid()).getRow(0);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(NegotiationDetailView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("negotiations/" + first.id());
    }

    @Test
    void categoriesSwitchThePanelAndActiveCriteriaBecomeRemovableChips() {
        navigate(NegotiationSearchView.class);
        test($(Button.class).id("negotiation-detail-toggle")).click();
        var categories = $(Tabs.class).id("criteria-categories");
        test(categories).select(1);
        test($(Checkbox.class).id("criteria-mine")).click();
        test($(Button.class).id("criteria-search")).click();

        int mine = negotiations.count(new NegotiationFilter(
                "",
                null,
                null,
                null,
                null,
                true,
                null,
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                ""));
        assertThat(test(grid()).size()).isEqualTo(mine);
        var chips = $(Div.class).id("negotiation-chips");
        assertThat($(Span.class, chips).withClassName("kiroku-chip").all()).hasSize(1);
        assertThat(chips.getElement().getTextRecursively()).contains("自分の商談のみ");

        test($(Button.class, chips).first()).click();
        assertThat($(Span.class, chips).withClassName("kiroku-chip").exists()).isFalse();
        assertThat(test(grid()).size()).isEqualTo(negotiations.count(NegotiationFilter.NONE));
    }

    @Test
    void criteriaComeFromTheUrl() {
        UI.getCurrent()
                .navigate(
                        NegotiationSearchView.class,
                        new QueryParameters(Map.of("mine", List.of("1"), "q", List.of("浴室"))));
        var filter = NegotiationFilter.fromQuery(Map.of("mine", List.of("1"), "q", List.of("浴室")));
        assertThat(test(grid()).size()).isEqualTo(negotiations.count(filter));
        assertThat($(TextField.class).id("negotiation-keyword").getValue()).isEqualTo("浴室");
        for (int row = 0; row < test(grid()).size(); row++) {
            assertThat(test(grid()).getRow(row).handlerName()).isEqualTo("佐藤 健一");
        }
    }
}
