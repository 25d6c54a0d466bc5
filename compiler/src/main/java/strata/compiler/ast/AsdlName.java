package strata.compiler.ast;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The ASDL name of a node whose Java name cannot be the ASDL one (the statement {@code Expr} would
 * hide the type {@link Expr} inside {@link Stmt}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AsdlName {

    String value();
}
