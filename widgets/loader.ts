/** @module loader placeholder */
export {};
console.log('rapport loader');
