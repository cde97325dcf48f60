import { maxLength, regex, required } from 'react-admin';

/** Keys of areas, capabilities and questions (the API's rule): answers and scores are traced through them. */
export const KEY_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
export const KEY_HINT = 'Lower-case words joined by - or . (e.g. release-practice); fixed once created.';

/** A key input's checks: required, the API's pattern, at most `max` characters. */
export const validateKey = (max: number) => [
  required(),
  regex(KEY_PATTERN, 'Use lower-case letters and digits, in words joined by - or . (e.g. release-practice).'),
  maxLength(max),
];
