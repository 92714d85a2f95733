/**
 * The reading room: the web site and JSON API over an {@link org.cablearchive.archive.Archive}.
 *
 * <p>{@link org.cablearchive.web.ReadingRoom} wires one controller per resource (cable, search,
 * browse lists, feeds, API) onto Javalin; pages are precompiled jte templates fed by view-model
 * records. This package may use the archive API and the model, never an archive implementation,
 * and never writes to disk.
 */
package org.cablearchive.web;
