/** Parley domain. */
package dev.parley.domain;
