package io.github.otsatlas.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the model: generated classes stay package-private behind the
 * abstract types, builders are strict, and only JDK collections are generated.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = false,
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Only @Override from the class path: keeps org.immutables.value.Generated (and errorprone
    // annotations) out of the generated classes, so that users compiling against them with
    // -Werror do not see "class file for org.immutables.value.Generated not found".
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@interface AtlasStyle {}
