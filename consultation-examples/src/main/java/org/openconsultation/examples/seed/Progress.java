package org.openconsultation.examples.seed;

/**
 * The figures of the consultation at some moment, for the news briefs that quote them.
 *
 * @param registrations participants registered
 * @param contributions contributions submitted
 * @param comments comments posted
 * @param supports supports given
 * @param workshops workshops recorded
 * @param attendees people who came to them
 * @param overseasWorkshops workshops recorded overseas
 * @param overseasAttendees people who came to those
 */
record Progress(
    int registrations,
    int contributions,
    int comments,
    int supports,
    int workshops,
    int attendees,
    int overseasWorkshops,
    int overseasAttendees) {}
