/** Parley protocol. */
package dev.parley.protocol;
