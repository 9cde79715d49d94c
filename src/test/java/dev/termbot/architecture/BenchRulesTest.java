package dev.termbot.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The benchmark's package rules. Its classes are compiled with the tests (source folder
 * {@code src/bench/java}, see pom.xml), so {@link PackageRulesTest}, which looks at the shipped
 * classes only, cannot see them: this test imports the test output too, without the tests.
 */
@AnalyzeClasses(packages = "dev.termbot", importOptions = BenchRulesTest.WithoutTests.class)
class BenchRulesTest {

    @ArchTest
    static final ArchRule bench_depends_on_core_glossary_detection_and_the_jdk_only = classes()
            .that().resideInAPackage("dev.termbot.bench..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.bench..", "dev.termbot.core..", "dev.termbot.glossary..",
                    "dev.termbot.detection..", "java..");

    @ArchTest
    static final ArchRule bench_never_reaches_platforms_storage_cli_or_ops = noClasses()
            .that().resideInAPackage("dev.termbot.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.platform..", "dev.termbot.storage..",
                    "dev.termbot.cli..", "dev.termbot.ops..");

    /** Its command line adds picocli and Jackson, and reaches nothing of the product but the cli package's exit codes. */
    @ArchTest
    static final ArchRule the_bench_command_line_uses_the_bench_picocli_and_jackson_only = classes()
            .that().haveSimpleNameStartingWith("Bench").and().resideInAPackage("dev.termbot.cli")
            .and().doNotHaveSimpleName("BenchE2eCommand").and().doNotHaveSimpleName("BenchClaimsCommand")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.bench..", "dev.termbot.cli..", "picocli..", "com.fasterxml.jackson..", "java..");

    /**
     * The end-to-end benchmark ({@code dev.termbot.e2e}) runs the whole bot, so unlike the detection
     * benchmark it reaches the platforms and storage; it still never reaches the command line or ops,
     * and the detection benchmark never reaches it.
     */
    @ArchTest
    static final ArchRule the_e2e_benchmark_never_reaches_cli_or_ops = noClasses()
            .that().resideInAPackage("dev.termbot.e2e..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.termbot.cli..", "dev.termbot.ops..");

    /** Its command adds only logging setup (logback, to keep stdout for the report) to what the bench command uses. */
    @ArchTest
    static final ArchRule the_e2e_command_uses_the_e2e_benchmark_picocli_jackson_and_logback_only = classes()
            .that().haveSimpleName("BenchE2eCommand").or().haveSimpleName("BenchClaimsCommand")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.e2e..", "dev.termbot.cli..", "picocli..", "ch.qos.logback..", "org.slf4j..",
                    "java..");

    /** Test classes (names ending in Test, IT or Properties, and their nested classes) are left out. */
    static final class WithoutTests implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*(Test|IT|Properties)(\\$.*)?\\.class"));
        }
    }
}
