/** Parley http. */
package dev.parley.http;
