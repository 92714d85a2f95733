package org.cablearchive.web.lookup;

/** A handling caveat or distribution caption ({@code NOFORN}) and what it means. */
public record HandlingCaveat(String caveat, String meaning) {}
