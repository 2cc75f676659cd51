package app.kiroku.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a chart as a plain HTML table (row headers, column headers, each number a link to its list), for
 * screen readers, keyboards and anyone who prefers numbers to bars. Static markup: no component per cell.
 */
class NumberTable extends Div {

    /** A number and the list behind it ({@code null}: no list). */
    record Cell(int value, DashboardLinks.@Nullable Link link) {}

    /** One row: its header and its cells, one per column. */
    record Row(String header, List<Cell> cells) {}

    NumberTable(String caption, String cornerHeader, List<String> columns, List<Row> rows) {
        addClassName("kiroku-number-table");
        var table = new Element("table");
        table.appendChild(new Element("caption").setText(caption));
        var head = new Element("tr");
        head.appendChild(header(cornerHeader, "col"));
        columns.forEach(column -> head.appendChild(header(column, "col")));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (Row row : rows) {
            var line = new Element("tr");
            line.appendChild(header(row.header(), "row"));
            for (Cell cell : row.cells()) {
                var td = new Element("td");
                if (cell.link() != null) {
                    td.appendChild(new Element("a")
                            .setAttribute("href", cell.link().href())
                            .setAttribute("router-link", true)
                            .setText(String.valueOf(cell.value())));
                } else {
                    td.setText(String.valueOf(cell.value()));
                }
                line.appendChild(td);
            }
            body.appendChild(line);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element header(String text, String scope) {
        return new Element("th").setAttribute("scope", scope).setText(text);
    }
}
