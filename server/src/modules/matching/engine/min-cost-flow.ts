/**
 * Min-cost flow by successive shortest paths with Johnson potentials (Dijkstra on reduced costs),
 * integer costs so that reduced costs are exact and never slightly negative. Initial potentials
 * come from Bellman–Ford (queue-based), since costs may be negative (we maximise scores).
 * After f augmentations the flow is a min-cost flow of value f (SSP invariant), so stopping at
 * exactly k units yields the optimum for exactly k units.
 */

export class FlowNetwork {
  private readonly head: Int32Array;
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  /** Adds u → v and its residual twin; returns the edge id (the twin is id ^ 1). */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    return id;
  }

  /** Flow currently on edge `id` (= residual capacity of its twin). */
  flow(id: number): number {
    return this.cap[id ^ 1]!;
  }

  /** Pushes up to `units` from s to t at minimum cost; returns the flow value reached and its cost. */
  minCostFlow(s: number, t: number, units: number): { flow: number; cost: number } {
    const n = this.nodes;
    const pot = this.bellmanFord(s);
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    let flow = 0;
    let total = 0;
    while (flow < units) {
      if (!this.dijkstra(s, pot, dist, via) || dist[t] === Infinity) break;
      for (let v = 0; v < n; v++) if (dist[v]! < Infinity) pot[v]! += dist[v]!;
      let push = units - flow;
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) push = Math.min(push, this.cap[via[v]!]!);
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) {
        const id = via[v]!;
        this.cap[id]! -= push;
        this.cap[id ^ 1]! += push;
        total += push * this.cost[id]!;
      }
      flow += push;
    }
    return { flow, cost: total };
  }

  /** Max flow from s to t, stopping at `limit` (BFS augmenting paths; costs ignored). */
  maxFlow(s: number, t: number, limit: number): number {
    const via = new Int32Array(this.nodes);
    const queue = new Int32Array(this.nodes);
    let flow = 0;
    while (flow < limit) {
      via.fill(-1);
      via[s] = -2;
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt && via[t] === -1) {
        const u = queue[qh++]!;
        for (let id = this.head[u]!; id !== -1; id = this.next[id]!) {
          const v = this.to[id]!;
          if (this.cap[id]! > 0 && via[v] === -1) {
            via[v] = id;
            queue[qt++] = v;
          }
        }
      }
      if (via[t] === -1) break;
      let push = limit - flow;
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) push = Math.min(push, this.cap[via[v]!]!);
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push;
        this.cap[via[v]! ^ 1]! += push;
      }
      flow += push;
    }
    return flow;
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    this.to.push(v);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length - 1;
  }

  /** Shortest distances from s over residual edges (no negative cycles: the graph starts acyclic). */
  private bellmanFord(s: number): Float64Array {
    const n = this.nodes;
    const dist = new Float64Array(n).fill(Infinity);
    const inQueue = new Uint8Array(n);
    const queue: number[] = [s];
    dist[s] = 0;
    inQueue[s] = 1;
    for (let qh = 0; qh < queue.length; qh++) {
      const u = queue[qh]!;
      inQueue[u] = 0;
      for (let id = this.head[u]!; id !== -1; id = this.next[id]!) {
        if (this.cap[id]! <= 0) continue;
        const v = this.to[id]!;
        const d = dist[u]! + this.cost[id]!;
        if (d < dist[v]!) {
          dist[v] = d;
          if (!inQueue[v]) {
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    // Unreachable nodes stay unreachable (augmentations only reverse edges between reachable ones).
    for (let v = 0; v < n; v++) if (dist[v] === Infinity) dist[v] = 0;
    return dist;
  }

  /** Dijkstra on reduced costs with a binary heap of (distance, node), lazy deletion. */
  private dijkstra(s: number, pot: Float64Array, dist: Float64Array, via: Int32Array): boolean {
    dist.fill(Infinity);
    via.fill(-1);
    dist[s] = 0;
    const heap = new MinHeap();
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (d > dist[u]!) continue;
      for (let id = this.head[u]!; id !== -1; id = this.next[id]!) {
        if (this.cap[id]! <= 0) continue;
        const v = this.to[id]!;
        const nd = d + this.cost[id]! + pot[u]! - pot[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          via[v] = id;
          heap.push(nd, v);
        }
      }
    }
    return true;
  }
}

/** Binary min-heap of (key, value); ties by value, so runs are deterministic. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): number {
    const top = this.values[0]!;
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(i: number, j: number): boolean {
    return this.keys[i]! < this.keys[j]! || (this.keys[i] === this.keys[j] && this.values[i]! < this.values[j]!);
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.values[i], this.values[j]] = [this.values[j]!, this.values[i]!];
  }
}
