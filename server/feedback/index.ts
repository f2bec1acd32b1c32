/**
 * @module Feedback: the shopper's complaints, suggestions, praise and questions
 * (`POST /v1/feedback`), the merchant's inbox and saved replies in the admin API, and the
 * customer's thread page opened from its emails. What other features may use.
 */
import type { AppDeps, Feature } from '../kernel/http/router.ts';
import { adminFeedbackRoutes } from './admin-routes.ts';
import { feedbackRoutes } from './routes.ts';
import { savedReplyRoutes } from './saved-replies-routes.ts';
import { threadRoutes } from './thread-routes.ts';

export const feedback: Feature = {
  name: 'feedback',
  routes: feedbackRoutes,
  adminRoutes: (deps: AppDeps) => adminFeedbackRoutes(deps).route('/', savedReplyRoutes(deps)),
  pages: threadRoutes,
};
