/**
 * The read-only user directory (owners, linked users): no pages of its own, only what reference
 * inputs and fields need to show a person.
 */
export default {
  recordRepresentation: 'name',
};
