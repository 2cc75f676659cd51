package app.kiroku.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DraftFieldsTest {

    record Person(long id, String name) {}

    final TextArea report = new TextArea();
    final TextField untracked = new TextField();
    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final ComboBox<Person> handler = new ComboBox<>();
    final MultiSelectComboBox<Person> assignees = new MultiSelectComboBox<>();
    final Div form = new Div();
    final List<Person> people = List.of(new Person(1, "佐藤 健一"), new Person(2, "鈴木 美咲"), new Person(3, "田中 誠"));

    @BeforeEach
    void form() {
        report.setId("field-report");
        date.setId("field-date");
        time.setId("field-time");
        handler.setId("field-handler");
        assignees.setId("field-assignees");
        untracked.setId("keyword");
        handler.setItemLabelGenerator(Person::name);
        handler.setItems(people);
        assignees.setItemLabelGenerator(Person::name);
        assignees.setItems(people);
        form.add(new Div(report, date), new Div(new Div(time, handler)), assignees, untracked);
        handler.setValue(people.getFirst());
    }

    @Test
    void theFieldsAreReadByIdWithDatesAndTimesAsIsoValuesAndItemsAsTheirLabels() {
        report.setValue("初回訪問");
        date.setValue(LocalDate.of(2026, 12, 2));
        time.setValue(LocalTime.of(14, 5));
        assignees.setValue(Set.of(people.get(1)));

        assertThat(DraftFields.in(form).shown())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "field-report",
                        "初回訪問",
                        "field-date",
                        "2026-12-02",
                        "field-time",
                        "14:05",
                        "field-handler",
                        "佐藤 健一",
                        "field-assignees",
                        Set.of("鈴木 美咲")));
    }

    @Test
    void aDraftIsRestoredWithLabelsMappedBackToTheOfferedItems() {
        DraftFields.in(form)
                .restore(Map.of(
                        "field-report",
                        "改行も\n絵文字も😀そのまま",
                        "field-date",
                        "2026-12-24",
                        "field-time",
                        "09:30:00",
                        "field-handler",
                        "田中 誠",
                        "field-assignees",
                        List.of("佐藤 健一", "田中 誠"),
                        "keyword",
                        "ignored"));

        assertThat(report.getValue()).isEqualTo("改行も\n絵文字も😀そのまま");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(time.getValue()).isEqualTo(LocalTime.of(9, 30));
        assertThat(handler.getValue()).isEqualTo(people.get(2));
        assertThat(assignees.getValue()).containsExactlyInAnyOrder(people.get(0), people.get(2));
        assertThat(untracked.getValue()).isEmpty();
    }

    @Test
    void aValueThatNoLongerFitsLeavesTheFieldAsItIs() {
        date.setValue(LocalDate.of(2026, 12, 2));
        DraftFields.in(form).restore(Map.of("field-handler", "退職した人", "field-date", "12/24", "field-time", "nine"));

        assertThat(handler.getValue()).isEqualTo(people.getFirst());
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(time.getValue()).isNull();
    }

    @Test
    void aDraftDiffersOnlyWhenOneOfItsValuesIsNotWhatTheFormShows() {
        time.setValue(LocalTime.of(14, 0));
        assignees.setValue(Set.of(people.get(1), people.get(2)));
        var fields = DraftFields.in(form);

        assertThat(fields.differ(Map.of(
                        "field-report",
                        "",
                        "field-time",
                        "14:00:00",
                        "field-handler",
                        "佐藤 健一",
                        "field-assignees",
                        List.of("田中 誠", "鈴木 美咲"),
                        "field-gone",
                        "x")))
                .isFalse();
        assertThat(fields.differ(Map.of("field-report", "途中まで入力"))).isTrue();
        assertThat(fields.differ(Map.of("field-assignees", List.of("田中 誠")))).isTrue();
    }
}
