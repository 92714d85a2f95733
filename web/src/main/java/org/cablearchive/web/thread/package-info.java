/**
 * The thread of a cable ({@code /cable/<ID>/thread}): the chain of cables it references and that
 * reference it, several steps out, drawn on the server as an SVG graph whose every node is a link (no
 * JavaScript); and the most cited cables ({@code /cited}), over all, by post, year or tag. Reads the
 * archive's network only.
 */
package org.cablearchive.web.thread;
