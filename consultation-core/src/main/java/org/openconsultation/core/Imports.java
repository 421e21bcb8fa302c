package org.openconsultation.core;

/**
 * Reading data back: a consultation's own export (CSV or JSON, keeping ids and references) and the
 * workshop bulk-import template facilitators fill in. An import is all or nothing.
 */
public interface Imports {}
