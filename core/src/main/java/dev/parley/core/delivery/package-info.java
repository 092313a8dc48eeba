/**
 * Read models for the gateway: who sees which channels (the router's subscriptions), what a user
 * belongs to, whether a user may type somewhere, and the READY snapshot. Everything here only
 * reads, each call in one read transaction, and decides permissions with the same calculator and
 * checks as the use cases, so the gateway never disagrees with REST.
 */
package dev.parley.core.delivery;
