/** Parley client. */
package dev.parley.client;
