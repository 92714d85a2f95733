/**
 * The cables as a network, drawn from their structured fields only: the people who signed, classified
 * or are tagged in them ({@link org.cablearchive.network.Person}, with the rules that merge spellings of
 * one person in {@link org.cablearchive.network.PersonName} and {@link org.cablearchive.network.PeopleBuilder}),
 * the posts that sent and received them ({@link org.cablearchive.network.Post}), and the reference graph
 * with its citation rank ({@link org.cablearchive.network.CitationRank}).
 *
 * <p>A {@link org.cablearchive.network.CableNetwork} is one immutable snapshot, built from the
 * {@link org.cablearchive.network.CableFacts} of every current cable of an archive view. Depends on the
 * model only: no Lucene, Solr, JSON or HTTP types.
 */
package org.cablearchive.network;
