package org.cablearchive.web;

/** The view model of an error page: the status, a title and the one-sentence reason. */
public record ErrorPage(int status, String title, String message) {}
