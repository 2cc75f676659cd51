package app.kiroku.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core's WCAG 2.1 A/AA rules run on what a page shows now; the critical and serious violations of every screen
 * scanned are collected, so that one run names them all instead of stopping at the first screen.
 */
final class AxeScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("critical", "serious");

    /** No finite animation running or about to, in the document or any shadow root (Vaadin's overlays sit in one). */
    private static final String SETTLED = """
            () => {
              const roots = [document];
              for (let i = 0; i < roots.length; i++) {
                roots[i].querySelectorAll('*').forEach(e => e.shadowRoot && roots.push(e.shadowRoot));
              }
              return roots.every(root => root.getAnimations().every(a => a.effect?.getTiming().iterations === Infinity
                  || (a.playState !== 'running' && !a.pending)));
            }""";

    private final List<String> violations = new ArrayList<>();
    private final List<String> screens = new ArrayList<>();

    void scan(Page page, String screen) {
        page.waitForLoadState();
        // let Vaadin finish the round trip that drew the screen before axe reads it
        page.waitForFunction("() => !window.Vaadin?.Flow?.clients || Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive())");
        // an overlay still fading in has colours between its own and the page's: wait for finite animations
        page.waitForFunction(SETTLED);
        screens.add(screen);
        for (Rule rule : new AxeBuilder(page).withTags(TAGS).analyze().getViolations()) {
            if (!FAILING.contains(rule.getImpact())) {
                continue;
            }
            var where = new StringBuilder();
            List<CheckedNode> nodes = rule.getNodes();
            for (CheckedNode node : nodes.subList(0, Math.min(3, nodes.size()))) {
                where.append("\n      ")
                        .append(node.getTarget())
                        .append("  ")
                        .append(node.getHtml().length() > 160 ? node.getHtml().substring(0, 160) : node.getHtml())
                        .append("\n        ")
                        .append(node.getFailureSummary().replace("\n", " "));
            }
            String violation =
                    screen + ": " + rule.getId() + " (" + rule.getImpact() + ", " + nodes.size() + " elements)" + where;
            System.out.println("axe: " + violation);
            violations.add(violation);
        }
    }

    List<String> screens() {
        return screens;
    }

    List<String> violations() {
        return violations;
    }
}
