package org.cablearchive.web;

import java.util.List;
import org.cablearchive.web.lookup.ClassificationReason;
import org.cablearchive.web.lookup.HandlingCaveat;

/** The guide to the structure of a cable, its classification reasons and caveats. */
public record AboutPage(Chrome chrome, List<ClassificationReason> reasons, List<HandlingCaveat> caveats) {}
