package org.openconsultation.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of the design, checked on the compiled main classes of the core. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.openconsultation.core");
  }

  @Test
  void theImportHoldsTheCoresMainClassesAndNoTest() {
    assertThat(core.contain(ConsultationEngine.class)).isTrue();
    assertThat(core.contain("org.openconsultation.core.memory.InMemoryStore")).isTrue();
    assertThat(core.contain(ArchitectureTest.class)).isFalse();
    assertThat(core.size()).isGreaterThan(100);
  }

  @Test
  void theCoreDependsOnNoDatabaseApi() {
    noClasses()
        .that()
        .resideInAPackage("org.openconsultation.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(core);
  }

  @Test
  void theCoreDependsOnNoAdapterExampleOrBenchmark() {
    noClasses()
        .that()
        .resideInAPackage("org.openconsultation.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openconsultation.jdbc..", "..examples..", "..bench..")
        .check(core);
  }

  @Test
  void theCoreDependsOnNoWebFramework() {
    noClasses()
        .that()
        .resideInAPackage("org.openconsultation.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.servlet..", "javax.servlet..", "io.javalin..", "org.springframework..")
        .check(core);
  }

  @Test
  void theStorageSpiDependsOnlyOnItselfTheModelTheJdkAndJSpecify() {
    classes()
        .that()
        .resideInAPackage("..core.spi..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("..core.spi..", "..core.model..", "java..", "org.jspecify..")
        .check(core);
  }

  @Test
  void theModelDependsOnlyOnItselfTheJdkAndJSpecify() {
    classes()
        .that()
        .resideInAPackage("..core.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("..core.model..", "java..", "org.jspecify..")
        .check(core);
  }

  @Test
  void thePackagesOfTheCoreAreFreeOfCycles() {
    slices().matching("org.openconsultation.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void theSpiAndTheModelDoNotUsePublicClassesOfInternal() {
    noClasses()
        .that()
        .resideInAnyPackage("..core.spi..", "..core.model..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("..core.internal..").and(modifier(JavaModifier.PUBLIC)))
        .check(core);
  }
}
