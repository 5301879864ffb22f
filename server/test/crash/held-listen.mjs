// Loaded with `node --import` before the server (shutdown.test.ts): holds every listen a second
// before it binds, and says on stderr when one is asked for, so a test can send a signal while the
// server is still starting to listen.
import net from "node:net";

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function heldListen(...args) {
  process.stderr.write("held-listen: listen asked for\n");
  setTimeout(() => listen.apply(this, args), 1000);
  return this;
};
