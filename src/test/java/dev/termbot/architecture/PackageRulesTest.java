package dev.termbot.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "dev.termbot", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule core_uses_the_jdk_only = classes()
            .that().resideInAPackage("dev.termbot.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "java..", "javax.annotation..");

    @ArchTest
    static final ArchRule jda_only_in_the_discord_adapter = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.platform.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..");

    @ArchTest
    static final ArchRule bolt_only_in_the_slack_adapter = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.platform.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..");

    @ArchTest
    static final ArchRule opennlp_only_in_detection = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.detection..")
            .should().dependOnClassesThat().resideInAnyPackage("opennlp..");

    @ArchTest
    static final ArchRule jdbc_and_flyway_only_in_storage = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "org.sqlite..");

    @ArchTest
    static final ArchRule picocli_only_in_cli = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule glossary_depends_on_core_and_yaml_only = classes()
            .that().resideInAPackage("dev.termbot.glossary..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.config..", "dev.termbot.glossary..", "org.yaml.snakeyaml..", "java..");

    @ArchTest
    static final ArchRule inner_packages_never_reach_outwards = noClasses()
            .that().resideInAnyPackage("dev.termbot.core..", "dev.termbot.glossary..", "dev.termbot.detection..",
                    "dev.termbot.storage..", "dev.termbot.digest..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.platform..", "dev.termbot.cli..");

    @ArchTest
    static final ArchRule platforms_never_depend_on_each_other = slices()
            .matching("dev.termbot.platform.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule platforms_see_only_the_core = noClasses()
            .that().resideInAPackage("dev.termbot.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.glossary..", "dev.termbot.detection..",
                    "dev.termbot.storage..", "dev.termbot.cli..");

    /** Platforms are found through core.PlatformProvider (ServiceLoader), so adding one edits nothing outside its folder. */
    @ArchTest
    static final ArchRule nothing_outside_a_platform_names_it = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.platform..");

    @ArchTest
    static final ArchRule digest_reads_storage_through_its_port_only = noClasses()
            .that().resideInAPackage("dev.termbot.digest..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..");

    @ArchTest
    static final ArchRule ops_depends_on_core_metrics_http_and_logging_only = classes()
            .that().resideInAPackage("dev.termbot.ops..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.ops..", "dev.termbot.http..", "io.micrometer..",
                    "org.slf4j..", "ch.qos.logback..", "net.logstash.logback..", "com.fasterxml.jackson.core..", "java..");

    @ArchTest
    static final ArchRule jetty_only_in_the_http_package = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..");

    @ArchTest
    static final ArchRule the_http_package_depends_on_jetty_and_logging_only = classes()
            .that().resideInAPackage("dev.termbot.http..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.http..", "org.eclipse.jetty..", "org.slf4j..", "java..");

    @ArchTest
    static final ArchRule no_jdk_http_server = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..");

    @ArchTest
    static final ArchRule ops_never_reaches_platforms_storage_or_cli = noClasses()
            .that().resideInAPackage("dev.termbot.ops..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.platform..", "dev.termbot.storage..",
                    "dev.termbot.cli..", "dev.termbot.glossary..", "dev.termbot.detection..", "dev.termbot.digest..");

    @ArchTest
    static final ArchRule micrometer_only_in_ops_and_cli = noClasses()
            .that().resideOutsideOfPackages("dev.termbot.ops..", "dev.termbot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..");

    @ArchTest
    static final ArchRule logback_only_in_ops = noClasses()
            .that().resideOutsideOfPackage("dev.termbot.ops..")
            .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "net.logstash.logback..");

    @ArchTest
    static final ArchRule only_the_command_line_wires_ops = noClasses()
            .that().resideOutsideOfPackages("dev.termbot.ops..", "dev.termbot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.ops..");

    @ArchTest
    static final ArchRule storage_depends_on_core_jdbc_and_flyway_only = classes() // and the two JDBC drivers
            .that().resideInAPackage("dev.termbot.storage..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.storage..", "java..", "javax.crypto..", "javax.sql..",
                    "org.flywaydb..", "org.sqlite..", "org.postgresql..", "org.slf4j..");

    @ArchTest
    static final ArchRule digest_depends_on_core_storage_and_its_chart_library_only = classes()
            .that().resideInAPackage("dev.termbot.digest..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.storage..", "dev.termbot.digest..", "java..",
                    "org.knowm.xchart..", "org.slf4j..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule detection_depends_on_core_and_opennlp_only = classes()
            .that().resideInAPackage("dev.termbot.detection..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.detection..", "opennlp..", "org.slf4j..", "java..");

    @ArchTest
    static final ArchRule config_depends_on_core_and_yaml_only = classes()
            .that().resideInAPackage("dev.termbot.config..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.core..", "dev.termbot.config..", "org.yaml.snakeyaml..", "java..");

    @ArchTest
    static final ArchRule platforms_see_no_digest_ops_config_bench_or_jackson = noClasses()
            .that().resideInAPackage("dev.termbot.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.digest..", "dev.termbot.ops..",
                    "dev.termbot.config..", "dev.termbot.bench..", "com.fasterxml.jackson..");

    /**
     * The composition root wires the application: implementations of the core's ports (usage log,
     * policy store, detector, lookup, stance judge, chat platforms) are created only by the command
     * line, or by a factory of their own package; never by the core, another adapter or the digest.
     */
    @ArchTest
    static final ArchRule only_the_command_line_creates_port_implementations = constructors()
            .that().areDeclaredInClassesThat(implementACorePort())
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.termbot.core..")
            .should(beCalledOnlyFromTheCommandLineOrTheirOwnPackage());

    private static DescribedPredicate<JavaClass> implementACorePort() {
        return DescribedPredicate.describe("implement a port of the core", javaClass -> javaClass.getAllRawInterfaces().stream()
                .anyMatch(port -> PORTS.contains(port.getName())));
    }

    private static final java.util.Set<String> PORTS = java.util.Set.of("dev.termbot.core.UsageLog",
            "dev.termbot.core.PolicyStore", "dev.termbot.core.Detector", "dev.termbot.core.TermLookup",
            "dev.termbot.core.StanceJudge", "dev.termbot.core.ChatPlatform");

    private static ArchCondition<JavaConstructor> beCalledOnlyFromTheCommandLineOrTheirOwnPackage() {
        return new ArchCondition<>("be called only from dev.termbot.cli or their own package") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                String own = constructor.getOwner().getPackageName();
                for (JavaConstructorCall call : constructor.getCallsOfSelf()) {
                    String caller = call.getOriginOwner().getPackageName();
                    if (!caller.equals(own) && !caller.startsWith("dev.termbot.cli")) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
