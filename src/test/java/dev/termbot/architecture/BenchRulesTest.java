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
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.termbot.bench..", "dev.termbot.cli..", "picocli..", "com.fasterxml.jackson..", "java..");

    /** Test classes (names ending in Test, IT or Properties, and their nested classes) are left out. */
    static final class WithoutTests implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*(Test|IT|Properties)(\\$.*)?\\.class"));
        }
    }
}
