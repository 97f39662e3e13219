/** Stamped on every extracted claim; bump it when the rules change what they extract. */
export const EXTRACTOR_VERSION = 'sightline-rules/1.1.0';
