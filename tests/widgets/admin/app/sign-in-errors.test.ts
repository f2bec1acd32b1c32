import { expect } from '@esm-bundle/chai';
import type { ApiError } from '../../../../widgets/core/api-client.ts';
import { secondsLeft, signInMessage, signInProblem } from '../../../../widgets/admin/app/sign-in-errors.ts';

const error = (code: string, status: number, extra: Partial<ApiError> = {}): ApiError => ({ code, status, title: code, ...extra });
const say = (e: ApiError, now = 0) => {
  const m = signInMessage(signInProblem(e, 0), now);
  return m.countdown ? `${m.text} ${m.countdown}` : m.text;
};

describe('sign-in error messages', () => {
  it('says the email or password is wrong for invalid credentials', () => {
    expect(say(error('invalid-credentials', 401))).to.equal('Wrong email or password. Check both and try again.');
  });

  it('counts a lockout down from Retry-After', () => {
    const locked = error('locked', 429, { retryAfter: 30 });
    expect(say(locked, 0)).to.equal('Too many attempts. Try again in 30 seconds.');
    expect(say(locked, 28_500)).to.equal('Too many attempts. Try again in 2 seconds.');
    expect(say(locked, 29_200)).to.equal('Too many attempts. Try again in 1 second.');
    expect(say(locked, 30_000)).to.equal('You can try again now.');
  });

  it('keeps the changing part of a lockout apart, for a timer region', () => {
    const m = signInMessage(signInProblem(error('locked', 429, { retryAfter: 5 }), 0), 0);
    expect(m).to.deep.equal({ text: 'Too many attempts.', countdown: 'Try again in 5 seconds.' });
  });

  it('waits a minute when a lockout comes without Retry-After', () => {
    expect(say(error('locked', 429))).to.equal('Too many attempts. Try again in 60 seconds.');
  });

  it('tells a network failure or timeout from a refusal', () => {
    const network = 'Can’t reach Rapport. Check your connection and try again.';
    expect(say(error('network', 0))).to.equal(network);
    expect(say(error('timeout', 0))).to.equal(network);
  });

  it('asks for a valid email when the server rejects the input', () => {
    expect(say(error('validation', 400))).to.equal('Enter a valid email address and your password.');
  });

  it('explains a cross-site refusal and falls back to a server error otherwise', () => {
    expect(say(error('csrf', 403))).to.match(/refused/);
    expect(say(error('internal', 500))).to.equal('Something went wrong on our side. Try again in a moment.');
    expect(say(error('http-502', 502))).to.equal('Something went wrong on our side. Try again in a moment.');
  });

  it('never counts below zero', () => {
    expect(secondsLeft(1000, 5000)).to.equal(0);
    expect(secondsLeft(5000, 1000)).to.equal(4);
  });
});
