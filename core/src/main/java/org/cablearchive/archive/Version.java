package org.cablearchive.archive;

import java.time.Instant;
import org.cablearchive.model.Cable;
import org.cablearchive.model.SourceLocation;

/**
 * One stored release of a cable.
 *
 * @param released when this text was released
 * @param source where it was read from
 * @param current whether it is the version the archive shows
 * @param cable the release as parsed
 */
public record Version(Instant released, SourceLocation source, boolean current, Cable cable) {}
