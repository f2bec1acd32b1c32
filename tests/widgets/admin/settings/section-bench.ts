/**
 * @module A Settings section's test bench: an owner signed in to a fresh admin shop with
 * the settings calls, the section mounted with them and its form loaded; before each test
 * the section's settings are put back as the test says and the wire log emptied.
 */
import type { Result } from '../../../../widgets/core/api-client.ts';
import { SettingsApi } from '../../../../widgets/admin/settings/settings-api.ts';
import { adminShop, mount, unmountAll, type AdminShop } from '../helpers.ts';
import { SETUP_MS, waitFor } from '../../helpers.ts';

export interface SectionBench<E extends HTMLElement> {
  readonly shop: AdminShop;
  readonly api: SettingsApi;
  /** The section, mounted, once its form shows. */
  form(): Promise<E>;
}

/** Registers the hooks in the calling `describe`; `restore` puts the section's settings back before each test. */
export function sectionBench<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  restore: (api: SettingsApi) => Promise<Result<unknown>>,
): SectionBench<HTMLElementTagNameMap[K]> {
  let shop: AdminShop | undefined;
  let api: SettingsApi | undefined;
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    api = (await shop.signIn()).api.area(SettingsApi);
  });
  beforeEach(async () => {
    const saved = await restore(api!);
    if (!saved.ok) throw new Error(saved.error.code);
    await shop!.reset(); // no fault, an empty wire log
  });
  afterEach(unmountAll);
  return {
    get shop() {
      return shop!;
    },
    get api() {
      return api!;
    },
    async form() {
      const el = await mount(tag, { api: api! } as never);
      await waitFor(() => el.shadowRoot!.querySelector('form'), 'the form');
      return el;
    },
  };
}
