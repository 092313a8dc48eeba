/** Parley core. */
package dev.parley.core;
