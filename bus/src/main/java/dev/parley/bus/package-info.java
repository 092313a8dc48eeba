/** Parley bus. */
package dev.parley.bus;
