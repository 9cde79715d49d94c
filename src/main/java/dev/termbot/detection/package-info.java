/**
 * Finding watched phrases in chat text: prose extraction (code, URLs, mentions out), Unicode and
 * markup normalisation, one automaton for every rule's phrases, typo and inflection tolerance.
 * OpenNLP is used here only, and only when the detector is built, never per message.
 */
package dev.termbot.detection;
