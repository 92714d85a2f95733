package org.cablearchive.telegram;

import java.util.List;

/**
 * The opening of the body, before its first numbered paragraph: classification line, handling,
 * E.O. line, TAGS, SUBJECT, REF and "Classified By". Absent parts are null; {@code *Line} fields are
 * 0-based body lines, for problems.
 */
record Caption(
    ClassificationLine classificationLine,
    List<String> handling,
    Declassification declassification,
    int declassificationLine,
    List<String> tags,
    String subject,
    String references,
    int referencesLine,
    ClassificationAuthority authority) {}
