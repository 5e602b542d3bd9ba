// Settings: definitions, validation, migrations and the storage-independent store. The store bound
// to the browser is in ./browser-store (it loads webextension-polyfill).
export * from './definitions';
export * from './migrations';
export * from './store';
