/** Parley store-sql. */
package dev.parley.store.sql;
