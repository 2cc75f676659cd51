package app.kiroku.user;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A user who chose a language sees it in every new tab; otherwise the browser's language decides. */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UserLocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> currentUser
                        .find()
                        .map(KirokuUser::preferredLocale)
                        .ifPresent(locale -> {
                            init.getUI().setLocale(locale);
                            init.getUI().getSession().setLocale(locale);
                        }));
    }
}
