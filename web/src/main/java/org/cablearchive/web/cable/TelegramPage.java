package org.cablearchive.web.cable;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;

/**
 * A telegram the archive holds only as sections published on their own ({@code /cable/09SANJOSE525}):
 * its sections, what is missing, and the cables citing it.
 */
public record TelegramPage(Chrome chrome, String id, String subject, TelegramSections telegram, List<CableRow> citedBy,
    String jsonHref) {}
