/**
 * @module <rapport-feedback>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
import formEn from '../../core/locales/form-en.ts';

const en = {
  ...formEn,
  'feedback.title': 'Feedback',
  'feedback.kind.legend': 'What is your feedback about?',
  'feedback.kind.complaint': 'Complaint',
  'feedback.kind.suggestion': 'Suggestion',
  'feedback.kind.praise': 'Praise',
  'feedback.kind.question': 'Question',
  'feedback.csat.legend': 'How satisfied are you?',
  'feedback.csat.1': 'Very dissatisfied',
  'feedback.csat.2': 'Dissatisfied',
  'feedback.csat.3': 'Neither satisfied nor dissatisfied',
  'feedback.csat.4': 'Satisfied',
  'feedback.csat.5': 'Very satisfied',
  'feedback.nps.legend': 'How likely are you to recommend us to a friend?',
  'feedback.nps.hint': '0 = not at all likely, 10 = extremely likely',
  'feedback.text.label': 'Your message',
  'feedback.text.count': '{count} / {max} characters',
  'feedback.photos.label': 'Photos (optional, up to 3)',
  'feedback.photos.hint': 'JPEG, PNG or WebP, up to 5 MB each.',
  'feedback.email.label': 'Email (optional, so we can answer you)',
  'feedback.email.verified': 'We will answer at the email address of your account.',
  'feedback.submit': 'Send feedback',
  'feedback.error.kind': 'Choose what your feedback is about.',
  'feedback.error.score': 'Choose a rating.',
  'feedback.error.text': 'Write your message (at most {max} characters).',
  'feedback.error.photos': 'A photo could not be accepted. Use JPEG, PNG or WebP images of at most 5 MB.',
  'feedback.thanks.title': 'Thank you for your feedback!',
  'feedback.thanks.complaint': 'We answer complaints within {time}.',
  'feedback.thanks.suggestion': 'We answer suggestions within {time}.',
  'feedback.thanks.praise': 'We reply within {time}.',
  'feedback.thanks.question': 'We answer questions within {time}.',
  'feedback.thanks.reference': 'Your reference number: {reference}',
  'feedback.time.hour': '{n} hour',
  'feedback.time.hours': '{n} hours',
  'feedback.time.days': '{n} days',
  'feedback.faq.title': 'These answers may help right away',
};

export type FeedbackKey = keyof typeof en;

export default en;
