package org.cablearchive.source;

import org.cablearchive.model.SourceLocation;

/**
 * Input a reader could not make a cable of. It keeps the raw text so that nothing read is lost.
 *
 * @param location where it was read (file and line)
 * @param reason one line saying why
 * @param raw the text as read (may be truncated to a reader's bound for huge garbage)
 */
public record Rejection(SourceLocation location, String reason, String raw) implements SourceItem {}
