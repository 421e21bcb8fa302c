/**
 * Commands: records carrying what a host asks the engine to do. Their components carry Jakarta
 * Validation constraints; the engine validates every command before anything reaches storage and
 * reports violations as {@link org.openconsultation.core.model.InvalidInputException} with messages
 * in the actor's locale (French or English).
 *
 * <p>Null components are allowed at construction so that validation can report them.
 */
package org.openconsultation.core.command;
