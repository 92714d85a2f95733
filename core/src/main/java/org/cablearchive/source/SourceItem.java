package org.cablearchive.source;

/** What a reader yields for each cable-sized piece of input: a document, or a rejection. */
public sealed interface SourceItem permits SourceDocument, Rejection {}
