import net from "node:net";
import type http from "node:http";
import onHeaders from "on-headers";

interface ConnectionState {
  /** Requests received on this connection and not yet answered (pipelined ones included). */
  active: number;
  /** Requests received on this connection so far: answers go out in this order. */
  received: number;
  /** `socket.bytesRead` when last looked at while draining: a change means a request is arriving. */
  bytesSeen: number;
}

export interface DrainResult {
  /** Connections still open at the deadline, closed without waiting for their requests. */
  forced: number;
  ms: number;
}

/**
 * Graceful shutdown of the HTTP server. Node's `server.close()` also closes the connections that look
 * idle at that instant, which resets a request a keep-alive client has just sent (the probe saw 10–32
 * resets per SIGTERM, and writes committed whose answer never arrived). Here, after `drain()`:
 * no new connections; every request already received is answered; the last answer on each
 * connection carries `Connection: close`; a connection is closed only when it has no request in
 * flight and nothing arrived on it for `quietMs`; only at the deadline are the rest cut.
 */
export class GracefulShutdown {
  private draining = false;
  private readonly connections = new Map<net.Socket, ConnectionState>();

  constructor(private readonly server: http.Server) {
    server.on("connection", (socket: net.Socket) => {
      this.connections.set(socket, { active: 0, received: 0, bytesSeen: 0 });
      socket.once("close", () => this.connections.delete(socket));
    });
    server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
      const state = this.connections.get(req.socket);
      if (!state) return;
      state.active += 1;
      const sequence = ++state.received;
      onHeaders(res, () => {
        // The answer to the latest request received is the last one the connection carries: tell the
        // client not to send more. An earlier pipelined answer keeps the connection open, or Node would
        // close it before the later answers (which may be ready first) are sent.
        if (this.draining && sequence === state.received) res.setHeader("Connection", "close");
      });
      res.once("close", () => {
        state.active -= 1;
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async drain(options: { timeoutMs: number; quietMs?: number }): Promise<DrainResult> {
    const started = Date.now();
    const quietMs = options.quietMs ?? 200;
    this.draining = true;
    // Connections the kernel has completed but Node has not accepted yet would be reset when the
    // listening socket closes: let one poll phase accept them first (they are answered like the rest).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    // Stop accepting without http.Server's closing of "idle" connections (see above).
    net.Server.prototype.close.call(this.server);
    for (const [socket, state] of this.connections) state.bytesSeen = socket.bytesRead;
    while (this.connections.size > 0 && Date.now() - started < options.timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      for (const [socket, state] of this.connections) {
        const arriving = socket.bytesRead !== state.bytesSeen;
        state.bytesSeen = socket.bytesRead;
        if (state.active === 0 && !arriving) socket.end();
      }
    }
    const forced = this.connections.size;
    for (const socket of this.connections.keys()) socket.destroy();
    return { forced, ms: Date.now() - started };
  }
}
