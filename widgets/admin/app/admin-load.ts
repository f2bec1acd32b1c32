/**
 * @module Admin loading helpers for `LoadController` (widgets/core/load-controller.ts),
 * the one way every admin element loads its data.
 */
import type { Result } from '../../core/api-client.ts';

/**
 * What a load answers while the element has nothing to load with yet (no API, no id):
 * a promise that never settles, so the element keeps saying "Loading…" until its inputs
 * arrive — and the change of inputs starts the real load, superseding this one.
 */
export const untilGiven = <T>(): Promise<Result<T>> => new Promise(() => {});
