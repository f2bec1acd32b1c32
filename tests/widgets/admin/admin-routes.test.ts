import { expect } from '@esm-bundle/chai';
import { isPlainClick, pathForPage, routeFromPath } from '../../../widgets/admin/admin-routes.ts';

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

  it('routes only plain primary clicks in-app', () => {
    expect(isPlainClick(new MouseEvent('click', { button: 0 }))).to.equal(true);
    expect(isPlainClick(new MouseEvent('click', { button: 0, ctrlKey: true }))).to.equal(false);
    expect(isPlainClick(new MouseEvent('click', { button: 0, metaKey: true }))).to.equal(false);
    expect(isPlainClick(new MouseEvent('click', { button: 1 }))).to.equal(false);
  });
});
