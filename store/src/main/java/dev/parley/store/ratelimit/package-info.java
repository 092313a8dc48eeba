/**
 * Rate limits as a port: {@link dev.parley.store.ratelimit.RateLimitStore}, token buckets by key,
 * one implementation per scope (a process's memory for one node, PostgreSQL for a cluster).
 */
package dev.parley.store.ratelimit;
