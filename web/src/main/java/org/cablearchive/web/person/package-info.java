/**
 * People pages: {@code /person} (everyone, most cables first, or those a name matches) and
 * {@code /person/<slug>}: a person's cables by role, timeline, posts, companions, spellings and the rules
 * that merged them, and the cables whose text names them in full. Reads the archive's network only.
 */
package org.cablearchive.web.person;
