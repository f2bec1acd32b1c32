import { expect } from '@esm-bundle/chai';
import { isPlainClick, paramFromPath, pathForPage, routeFromPath } from '../../../../widgets/admin/app/admin-routes.ts';

describe('admin routes', () => {
  it('shows the inbox at /admin alone', () => {
    expect(routeFromPath('/admin')).to.equal('inbox');
    expect(routeFromPath('/admin/')).to.equal('inbox');
  });

  it('names the page by the first segment after /admin', () => {
    expect(routeFromPath('/admin/faq')).to.equal('faq');
    expect(routeFromPath('/admin/settings/')).to.equal('settings');
    expect(routeFromPath('/admin/customers/123')).to.equal('customers');
  });

  it('answers "not found" for unknown pages and other paths', () => {
    expect(routeFromPath('/admin/nope')).to.equal('not-found');
    expect(routeFromPath('/administrator')).to.equal('not-found');
    expect(routeFromPath('/')).to.equal('not-found');
  });

  it('puts each page at /admin/<page>, under another base too', () => {
    expect(pathForPage('returns')).to.equal('/admin/returns');
    expect(pathForPage('faq', '/rapport/admin/')).to.equal('/rapport/admin/faq');
    expect(routeFromPath('/rapport/admin/faq', '/rapport/admin')).to.equal('faq');
  });

  it('names an item after its page: /admin/inbox/<id>', () => {
    expect(routeFromPath('/admin/inbox/abc-123')).to.equal('inbox');
    expect(paramFromPath('/admin/inbox/abc-123')).to.equal('abc-123');
    expect(paramFromPath('/admin/inbox')).to.equal(undefined);
    expect(paramFromPath('/admin/inbox/%zz')).to.equal('%zz');
    expect(paramFromPath('/rapport/admin/inbox/x1', '/rapport/admin')).to.equal('x1');
  });

  it('builds the path of an item and of a filtered list', () => {
    expect(pathForPage('inbox', '/admin', 'abc-123')).to.equal('/admin/inbox/abc-123');
    expect(pathForPage('inbox', '/admin', 'abc-123', 'kind=praise')).to.equal('/admin/inbox/abc-123?kind=praise');
    expect(pathForPage('inbox', '/admin', undefined, '?q=mug')).to.equal('/admin/inbox?q=mug');
  });

  it('routes only plain primary clicks in-app', () => {
    expect(isPlainClick(new MouseEvent('click', { button: 0 }))).to.equal(true);
    expect(isPlainClick(new MouseEvent('click', { button: 0, ctrlKey: true }))).to.equal(false);
    expect(isPlainClick(new MouseEvent('click', { button: 0, metaKey: true }))).to.equal(false);
    expect(isPlainClick(new MouseEvent('click', { button: 1 }))).to.equal(false);
  });
});
