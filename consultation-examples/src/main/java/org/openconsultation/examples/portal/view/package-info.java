/**
 * What the demo portal's templates read: the page's frame ({@link
 * org.openconsultation.examples.portal.view.Page}), the texts of its language and one model per
 * page. Public because the compiled templates live in a package of their own.
 */
@NullMarked
package org.openconsultation.examples.portal.view;

import org.jspecify.annotations.NullMarked;
