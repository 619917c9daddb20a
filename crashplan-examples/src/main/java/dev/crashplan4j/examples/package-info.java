/** Programs that show the SDK at work against the embedded fake console: the tour. */
package dev.crashplan4j.examples;
