import { expect } from '@esm-bundle/chai';
import { changeFilter, filterFromSearch, isFiltered, searchFromFilter, type InboxFilter } from '../../../../widgets/admin/feedback/inbox-filter.ts';

const assignee = '00000000-0000-4000-8000-000000000002';

describe('inbox filter ↔ URL query', () => {
  it('round-trips every field', () => {
    const filter: InboxFilter = {
      kind: 'complaint', status: 'unresolved', minScore: 1, maxScore: 3, assignee, tag: 'vip', from: '2025-04-01',
      to: '2025-04-30', hasOrder: 'true', q: 'chipped mug', sort: 'newest', limit: 20, offset: 40,
    };
    const search = searchFromFilter(filter);
    expect(search).to.equal(
      `kind=complaint&status=unresolved&minScore=1&maxScore=3&assignee=${assignee}&tag=vip&from=2025-04-01&to=2025-04-30` +
        '&hasOrder=true&q=chipped+mug&sort=newest&limit=20&offset=40',
    );
    expect(filterFromSearch(search)).to.deep.equal(filter);
    expect(filterFromSearch(`?${search}`)).to.deep.equal(filter);
  });

  it('leaves the defaults (sort by due time, first page of 50) out of the URL', () => {
    expect(searchFromFilter({ sort: 'due', limit: 50, offset: 0 })).to.equal('');
    expect(filterFromSearch('sort=due&offset=0&limit=50')).to.deep.equal({});
    expect(searchFromFilter({ assignee: 'me', q: '' })).to.equal('assignee=me');
  });

  it('keeps a score of 0 (an NPS detractor)', () => {
    expect(searchFromFilter({ maxScore: 0 })).to.equal('maxScore=0');
    expect(filterFromSearch('maxScore=0')).to.deep.equal({ maxScore: 0 });
  });

  it('drops what a hand-edited URL gets wrong instead of sending it on', () => {
    expect(filterFromSearch('kind=rant&status=closed&minScore=11&maxScore=x&assignee=bob&from=2025-13-45&to=yesterday' +
      '&hasOrder=yes&sort=best&limit=0&offset=-1&colour=red')).to.deep.equal({});
    expect(filterFromSearch(`q=${'a'.repeat(201)}`)).to.deep.equal({});
    expect(filterFromSearch('q=%20%20mug%20')).to.deep.equal({ q: 'mug' });
  });

  it('goes back to the first page when anything but the page changes', () => {
    const filter: InboxFilter = { kind: 'praise', offset: 100 };
    expect(changeFilter(filter, { status: 'new' })).to.deep.equal({ kind: 'praise', status: 'new' });
    expect(changeFilter(filter, { offset: 150 })).to.deep.equal({ kind: 'praise', offset: 150 });
    expect(changeFilter(filter, { kind: undefined })).to.deep.equal({});
  });

  it('knows a narrowed list from a merely sorted one', () => {
    expect(isFiltered({ sort: 'oldest', offset: 50 })).to.equal(false);
    expect(isFiltered({ hasOrder: 'false' })).to.equal(true);
  });
});
