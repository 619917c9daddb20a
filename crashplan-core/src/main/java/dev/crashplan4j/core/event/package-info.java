/**
 * What a client reports to its listeners as it works: a call's start and end, each attempt, each
 * retry, each sign-in. Plain values; they carry no secret, and an org only as its id.
 */
package dev.crashplan4j.core.event;
