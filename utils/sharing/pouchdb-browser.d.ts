// pouchdb-browser ships no types; the code that opens it types what it uses (replica.ts).
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
