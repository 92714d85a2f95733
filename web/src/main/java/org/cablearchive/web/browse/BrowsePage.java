package org.cablearchive.web.browse;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.search.Pager;
import org.cablearchive.web.search.SearchPage;

/** One browse list: the cables with one origin, tag, classification, month or release date. */
public record BrowsePage(
    Chrome chrome,
    String kind,
    String kindHref,
    String value,
    String description,
    String totalText,
    String rangeText,
    List<CableRow> rows,
    List<SearchPage.Choice> sorts,
    Pager pager,
    String searchHref,
    String feedHref,
    String jsonHref) {}
