package app.kiroku.master.ui;

import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterKind;
import app.kiroku.user.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** マスタ管理 (ADMIN): 部署, 進捗 and 顧客ランク, each on its own tab, and the thresholds of 最終接触から. */
@Route("admin/masters")
@Menu(title = "nav.masters", order = 10, icon = "vaadin:cog")
@RolesAllowed(Role.ADMIN_NAME)
public class MasterAdminView extends Div implements HasDynamicTitle {

    public MasterAdminView(MasterAdminService masters) {
        addClassNames("kiroku-page", "kiroku-admin");
        var tabs = new TabSheet();
        tabs.setId("master-tabs");
        tabs.add(getTranslation("master.kind.department"), new MasterListPanel(masters, MasterKind.DEPARTMENT));
        tabs.add(getTranslation("master.kind.progress"), new MasterListPanel(masters, MasterKind.PROGRESS));
        tabs.add(getTranslation("master.kind.rank"), new MasterListPanel(masters, MasterKind.RANK));
        tabs.add(getTranslation("master.threshold.tab"), new ContactThresholdPanel(masters));
        tabs.setWidthFull();
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.masters") + " | Kiroku";
    }
}
