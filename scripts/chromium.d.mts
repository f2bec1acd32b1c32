/** Types of chromium.mjs (shared by the TypeScript scripts and the web-test-runner config). */
export declare function findChromium(): string | undefined;
export declare const CHROMIUM_ARGS: string[];
