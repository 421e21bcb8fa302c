package org.openconsultation.core;

/**
 * Documents built from a consultation: the synthesis report that cites contributions by their
 * permalink references, the homepage data (news briefs, timeline, key figures) and the weekly
 * digest a host mails to partners.
 */
public interface Reports {}
