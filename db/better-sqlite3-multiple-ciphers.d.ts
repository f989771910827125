// better-sqlite3-multiple-ciphers ships its typings as index.d.ts but its package.json
// "exports" map does not name them, so TypeScript's Bundler resolution cannot find them.
// Its API is better-sqlite3's (it is a drop-in build of it with SQLite3 Multiple Ciphers);
// keys are set with PRAGMA key, so the better-sqlite3 typings describe everything we call.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export default Database;
}
