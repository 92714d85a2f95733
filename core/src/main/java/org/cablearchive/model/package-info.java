/**
 * The cable as the archive knows it: immutable records and enums in the domain's words.
 *
 * <p>Everything else reads or writes these types; this package depends on nothing but the JDK —
 * no Lucene, JSON or HTTP types belong here.
 */
package org.cablearchive.model;
