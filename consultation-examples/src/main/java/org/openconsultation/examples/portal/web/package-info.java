/**
 * The demo portal's web layer on Javalin: routes, sessions, the form token, security headers, error
 * pages and one handler class per area of the site, from participation to the publishing pages
 * (map, dashboard, synthesis, open data, workshop import). Pages are rendered on the server from
 * precompiled JTE templates and work without JavaScript; charts are inline SVG; files stream from
 * the engine straight into the response.
 */
@NullMarked
package org.openconsultation.examples.portal.web;

import org.jspecify.annotations.NullMarked;
