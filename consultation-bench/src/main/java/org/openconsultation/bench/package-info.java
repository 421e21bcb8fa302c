/**
 * Benchmarks and the load harness, each measured against a raw baseline run in the same process.
 */
package org.openconsultation.bench;
