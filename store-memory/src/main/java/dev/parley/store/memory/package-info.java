/** Parley store-memory. */
package dev.parley.store.memory;
