package org.integrationgateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.integrationgateway.shared.AuditedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conventions of {@code docs/conventions.md} that module verification does not cover. Every rule must
 * select classes that exist ({@code allowEmptyShould(false)}), so that a rule never passes on nothing.
 */
@AnalyzeClasses(packagesOf = IntegrationGatewayApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainCodeDoesNotDependOnTheWebLayer = noClasses()
            .that().resideInAPackage("org.integrationgateway..")
            .and().resideOutsideOfPackage("org.integrationgateway..web..")
            .should().dependOnClassesThat().resideInAPackage("org.integrationgateway..web..")
            .allowEmptyShould(false)
            .because("web layers sit on top of the modules: services, aggregates and events never know them");

    @ArchTest
    static final ArchRule webControllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("org.integrationgateway..web..")
            .andShould().haveSimpleNameEndingWith("WebController")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule apiControllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("org.integrationgateway..web..")
            .andShould().haveSimpleNameEndingWith("ApiController")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .allowEmptyShould(false)
            .because("a module's repositories are internal; other modules go through its application services");

    @ArchTest
    static final ArchRule noFieldInjection = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("org.integrationgateway..")
            .should().notBeAnnotatedWith(Autowired.class)
            .andShould().notBeAnnotatedWith(Value.class)
            .allowEmptyShould(false)
            .because("dependencies come through constructors, so they are explicit and final");

    @ArchTest
    static final ArchRule auditedEventsLiveInEventsPackages = classes()
            .that().implement(AuditedChange.class)
            .should().resideInAPackage("..events..")
            .andShould().haveSimpleNameNotEndingWith("Event")
            .allowEmptyShould(false)
            .because("events are a module's named interface and are named in the past tense");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .allowEmptyShould(false);
}
