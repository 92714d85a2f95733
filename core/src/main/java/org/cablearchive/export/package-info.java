/**
 * Taking the archive away: cables as JSON Lines or in the cables.csv layout ({@link
 * org.cablearchive.export.CableWriter}), and the reference graph or the people graph as GraphML (which
 * Gephi opens), JSON Lines or CSV edge lists ({@link org.cablearchive.export.GraphWriter}). Everything is
 * written as it comes, so a whole release streams in flat memory. Depends on the model, the network and
 * the JSON form.
 */
package org.cablearchive.export;
