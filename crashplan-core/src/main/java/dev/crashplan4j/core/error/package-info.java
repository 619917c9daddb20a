/**
 * The one exception hierarchy of crashplan4j: {@link dev.crashplan4j.core.error.CrashPlanException}
 * and a subclass per kind of failure, shared by every transport.
 */
package dev.crashplan4j.core.error;
