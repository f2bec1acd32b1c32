/**
 * @module Tests of define-on-sight with stand-in chunks: nothing loads before its tag
 * appears, a tag that appears later (or deep in an added subtree) loads once, and a chunk
 * that fails to load is logged once, never thrown into the page.
 */
import { expect } from '@esm-bundle/chai';
import { autoDefine } from '../../../widgets/core/autodefine.ts';
import { cleanup, fixture, tick, waitFor, watchPageErrors } from '../helpers.ts';

// Tags unique to this file, so the real loader (in other tests) never sees them.
const calls: Record<string, number> = { 'ad-early': 0, 'ad-late': 0, 'ad-deep': 0, 'ad-broken': 0, 'ad-throws': 0, 'ad-absent': 0 };
const warnings: string[] = [];

function chunk(tag: string) {
  return async () => {
    calls[tag]++;
    customElements.define(tag, class extends HTMLElement {});
  };
}

describe('autoDefine (the loader define-on-sight)', () => {
  let errors: ReturnType<typeof watchPageErrors>;
  before(async () => {
    errors = watchPageErrors();
    await fixture('<ad-early></ad-early>');
    autoDefine(
      {
        'ad-early': chunk('ad-early'),
        'ad-late': chunk('ad-late'),
        'ad-deep': chunk('ad-deep'),
        'ad-absent': chunk('ad-absent'),
        'ad-broken': () => (calls['ad-broken']++, Promise.reject(new Error('404 chunk'))),
        'ad-throws': () => {
          calls['ad-throws']++;
          throw new Error('sync failure');
        },
      },
      document,
      (msg) => warnings.push(msg),
    );
  });
  after(cleanup);

  it('loads the chunk of a tag already in the page', async () => {
    await waitFor(() => customElements.get('ad-early'), '<ad-early> defined');
    expect(calls['ad-early']).to.equal(1);
  });

  it('loads nothing for tags that are not in the page', async () => {
    await tick(50);
    expect(calls['ad-absent']).to.equal(0);
    expect(customElements.get('ad-absent') === undefined, 'ad-absent undefined').to.equal(true);
  });

  it('loads the chunk of a tag added later, once however many appear', async () => {
    expect(calls['ad-late']).to.equal(0);
    await fixture('<ad-late></ad-late>');
    await fixture('<ad-late></ad-late>');
    await waitFor(() => customElements.get('ad-late'), '<ad-late> defined');
    await tick(20);
    expect(calls['ad-late']).to.equal(1);
  });

  it('finds a tag deep inside an added subtree', async () => {
    const box = document.createElement('section');
    box.innerHTML = '<div><p><ad-deep></ad-deep></p></div>';
    document.body.append(box);
    await waitFor(() => customElements.get('ad-deep'), '<ad-deep> defined');
    box.remove();
  });

  it('logs a failing chunk once and throws nothing into the page', async () => {
    await fixture('<ad-broken></ad-broken><ad-throws></ad-throws>');
    await fixture('<ad-broken></ad-broken>');
    await waitFor(() => warnings.length >= 2, 'two warnings');
    await tick(50);
    expect(warnings.sort()).to.deep.equal(['could not load <ad-broken>', 'could not load <ad-throws>']);
    expect([calls['ad-broken'], calls['ad-throws']]).to.deep.equal([1, 1]);
    expect(errors.stop()).to.deep.equal([]);
  });
});
