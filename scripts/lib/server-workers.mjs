// Worker-thread entries of the server, bundled beside every bundle that holds the server (scripts/build.mjs:
// dist-server/; scripts/lib/run-typescript.mjs: beside the bench's and other scripts' bundles), where the server
// looks for them (server/store/sqlite-writer.ts › locateWriterThread). Output name (no extension) → source.
export const SERVER_WORKERS = {
  'sqlite-writer': 'server/store/sqlite-writer-thread.ts',
};
