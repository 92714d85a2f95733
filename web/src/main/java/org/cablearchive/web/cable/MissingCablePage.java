package org.cablearchive.web.cable;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;

/** A cable the archive does not hold, with the archived cables that cite it. */
public record MissingCablePage(Chrome chrome, String id, List<CableRow> citedBy) {}
