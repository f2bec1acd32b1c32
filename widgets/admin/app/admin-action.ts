/**
 * @module Admin action: a reactive controller for one element's writes — which action
 * is running (to disable its button and say "Saving…"), and the last failure as one
 * plain sentence — so every button in the admin shows progress and errors the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result } from '../../core/api-client.ts';
import { actionError } from './action-errors.ts';

export class AdminAction<Name extends string = string> implements ReactiveController {
  /** The action in flight, or `''`. */
  running: Name | '' = '';
  /** What went wrong with the last action, or `''`. */
  error = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `call` as `name` unless another action runs; resolves with its value, or undefined when it failed. */
  async run<T>(name: Name, call: () => Promise<Result<T>>): Promise<T | undefined> {
    if (this.running) return undefined;
    this.running = name;
    this.error = '';
    this.host.requestUpdate();
    try {
      const res = await call();
      if (res.ok) return res.value;
      this.error = actionError(res.error);
      return undefined;
    } finally {
      this.running = '';
      this.host.requestUpdate();
    }
  }

  /** Reports a problem found before calling (e.g. a form check), shown like a failed call. */
  fail(message: string): void {
    this.error = message;
    this.host.requestUpdate();
  }

  /** Forgets the last error (the staff member changed what failed). */
  clear(): void {
    if (!this.error) return;
    this.error = '';
    this.host.requestUpdate();
  }
}
