package org.cablearchive.web.search;

import java.util.List;
import org.cablearchive.web.Chrome;

/**
 * Every value of one field among a search's results, with its count: the full list behind the
 * sidebar's first twelve. Each value narrows the search to it (or widens it again when selected).
 */
public record ValuesPage(Chrome chrome, String heading, String intro, String searchHref, List<SearchPage.Choice> orders,
    List<SearchPage.FacetOption> values) {}
