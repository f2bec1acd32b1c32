/**
 * @module <rapport-profile>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
const en = {
  'profile.title': 'My account',
};

export type ProfileKey = keyof typeof en;

export default en;
