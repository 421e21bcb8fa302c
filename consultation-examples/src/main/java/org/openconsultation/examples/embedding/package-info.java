/** How a host embeds the engine: wiring, actors from its own login, errors, events. */
package org.openconsultation.examples.embedding;
