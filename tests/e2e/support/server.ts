// The browser tests' view of the shared loopback server in tests/support/server.mjs.
export { startStaticServer, type StaticServer } from '../../support/server.mjs';
