/** Types of php.mjs. */
export declare function findPhp(): string | undefined;
