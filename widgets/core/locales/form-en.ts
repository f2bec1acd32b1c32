/**
 * @module Texts of the shared form parts (sending, proof of work, saved-for-later, photo picker, email check): a widget with a form spreads them into its own catalog, so they travel with the widgets that need them, not in the core chunk.
 */
const formEn = {
  'form.photos.alt': 'Preview of {name}',
  'form.photos.remove': 'Remove {name}',
  'form.honeypot': 'Leave this field empty',
  'form.sending': 'Sending…',
  'form.pow': 'Checking you’re human…',
  'form.error.email': 'Enter a valid email address, like name@example.com.',
  'form.photos.error.type': '“{name}” is not a JPEG, PNG or WebP image.',
  'form.photos.error.size': '“{name}” is larger than 5 MB.',
  'form.photos.error.pixels': '“{name}” is too large a picture (more than {megapixels} megapixels).',
  'form.photos.error.count': 'You can add at most {max} photos.',
  'form.queued.title': 'Saved on this device',
  'form.queued.text': 'Your feedback will be sent automatically when you’re back online. You can keep browsing.',
};

export type FormKey = keyof typeof formEn;

export default formEn;
