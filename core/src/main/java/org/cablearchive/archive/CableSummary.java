package org.cablearchive.archive;

import java.time.Instant;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;

/** What a list of cables shows for each: read without decompressing bodies. */
public record CableSummary(
    ReferenceId id, String subject, Instant created, Instant released, String origin, Classification classification) {}
