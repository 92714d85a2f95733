package org.cablearchive.model;

/**
 * One sender or recipient line of the header: {@code RUEHC/SECSTATE WASHDC IMMEDIATE 8786}.
 *
 * @param route the routing indicator before the slash, or null where the line has none (older cables)
 * @param name the station's name as written
 * @param precedence the per-recipient precedence, or null
 */
public record Addressee(RoutingIndicator route, String name, Precedence precedence) {}
