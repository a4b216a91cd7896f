package dev.shipshape.checks;

import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check's metadata, declared on the check itself. No element has a default, so no check can
 * forget one (the whole-catalogue test checks the values too).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {
  /** {@code <practice>/<name>}, e.g. {@code ci-cd/tests-in-pipeline}. */
  String id();

  Practice practice();

  /** What a passing repository does, as a short statement. */
  String title();

  /** Default weight 1–3 within its practice. */
  int weight();

  /** The kinds of repository the check applies to; elsewhere it is not applicable. */
  RepositoryKind[] appliesTo();

  /** The smallest next step when the check does not have full marks. */
  String remediation();
}
