/**
 * The demo portal's web layer on Javalin: routes, sessions, the form token, security headers, error
 * pages and one handler class per area of the site. Pages are rendered on the server from
 * precompiled JTE templates and work without JavaScript.
 */
@NullMarked
package org.openconsultation.examples.portal.web;

import org.jspecify.annotations.NullMarked;
