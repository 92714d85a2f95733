package org.cablearchive.model;

/**
 * One item of a REF line.
 *
 * @param bullet its letter as written ({@code A}, {@code B}) or null when unlettered
 * @param text the item as written
 * @param kind what it refers to
 * @param id the canonical ID of the cited cable when {@code kind} is CABLE, else null
 */
public record Reference(String bullet, String text, ReferenceKind kind, ReferenceId id) {}
