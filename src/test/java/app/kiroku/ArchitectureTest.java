package app.kiroku;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "app.kiroku", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverTouchTheDatabase = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "app.kiroku.db..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("views call a feature's service, which carries the transaction and the authorization check");

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("app.kiroku.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("app.kiroku.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "app.kiroku.user..",
                    "app.kiroku.master..",
                    "app.kiroku.customer..",
                    "app.kiroku.negotiation..",
                    "app.kiroku.schedule..",
                    "app.kiroku.mail..",
                    "app.kiroku.home..",
                    "app.kiroku.demo..",
                    "app.kiroku.dashboard..");

    @ArchTest
    static final ArchRule earlierFeaturesDoNotKnowLaterOnes = noClasses()
            .that()
            .resideInAnyPackage("app.kiroku.user..", "app.kiroku.master..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "app.kiroku.customer..",
                    "app.kiroku.negotiation..",
                    "app.kiroku.schedule..",
                    "app.kiroku.home..",
                    "app.kiroku.dashboard..");

    @ArchTest
    static final ArchRule everyRouteDeclaresWhoMayOpenIt = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(AnonymousAllowed.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule everyServiceMethodDeclaresWhoMayCallIt = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .and()
            .arePublic()
            .and()
            .doNotHaveModifier(JavaModifier.STATIC)
            .should()
            .beMetaAnnotatedWith(PreAuthorize.class)
            .orShould()
            .beAnnotatedWith(PreAuthorize.class)
            .because("authorization lives in the service layer, not only in hidden menus");

    @ArchTest
    static final ArchRule servicesAreNotSecuredWithViewAnnotations = noClasses()
            .that()
            .areAnnotatedWith(Service.class)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(RolesAllowed.class, PermitAll.class)
            .because("@RolesAllowed would make Spring wrap views in security proxies; services use @PreAuthorize");
}
