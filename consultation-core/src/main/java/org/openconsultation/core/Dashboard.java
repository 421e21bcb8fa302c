package org.openconsultation.core;

/**
 * Figures for the organisers' dashboard and the public results page: participation per day, per
 * theme, kind and territory, workshops, the participation funnel and top contributions, with SVG
 * charts that carry an equivalent data table.
 */
public interface Dashboard {}
