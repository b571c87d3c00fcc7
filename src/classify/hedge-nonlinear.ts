// Non-linear learners for the hedge model's binary question (uncertain or not), over the same
// sparse string features as the linear model (hedgeFeatures): gradient-boosted decision trees
// and a one-hidden-layer perceptron. Both are our own small implementations, deterministic
// (no sampling; the perceptron's initial weights come from a seeded generator), for the session-10
// experiment in docs/models.md ("Session 10"). Trees split on whether a feature is present, so a
// path through a tree is a conjunction of features: the interactions a linear model cannot weigh
// ("some" as the subject and a verb of saying, a cue inside a quotation, ...).

/** A binary training row: its features, its label, and the margin (log-odds) boosting starts from. */
export interface BinaryRow {
  features: readonly string[];
  uncertain: boolean;
  /** Log-odds to start from (a linear model's out-of-fold logit), 0 when boosting from scratch. */
  margin?: number;
}

export interface TreeOptions {
  /** Rounds after which the summed tree margin is reported (the last is the number of trees). */
  checkpoints: readonly number[];
  depth: number;
  learningRate: number;
  /** L2 on leaf values (XGBoost's lambda). */
  lambda: number;
  /** The least hessian (sum of p(1-p)) a child may have. */
  minHessian: number;
  /** Only features in at least this many training rows are split on... */
  minCount: number;
  /** ...and of those, the most frequent this many. */
  maxFeatures: number;
}

type Node = { leaf: number; id: number } | { feature: number; yes: Node; no: Node };

/** Boosted trees: predict() gives the summed tree margin after each checkpoint's number of rounds. */
export class BoostedTrees {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly trees: readonly Node[],
    readonly checkpoints: readonly number[],
  ) {}

  static fit(rows: readonly BinaryRow[], o: TreeOptions): BoostedTrees {
    const counts = new Map<string, number>();
    for (const r of rows) for (const f of new Set(r.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const vocab = [...counts.entries()]
      .filter(([, n]) => n >= o.minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.maxFeatures)
      .map(([f]) => f)
      .sort();
    const index = new Map(vocab.map((f, i) => [f, i]));
    const X = rows.map((r) => Int32Array.from(new Set(r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))).sort());
    const y = rows.map((r) => (r.uncertain ? 1 : 0));
    const F = Float64Array.from(rows, (r) => r.margin ?? 0);
    const g = new Float64Array(rows.length);
    const h = new Float64Array(rows.length);
    const gF = new Float64Array(vocab.length);
    const hF = new Float64Array(vocab.length);
    const seen = new Uint8Array(vocab.length);
    const rounds = o.checkpoints[o.checkpoints.length - 1];
    const trees: Node[] = [];

    let leaves = 0;
    const grow = (members: Int32Array, depth: number): Node => {
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += g[i];
        H += h[i];
      }
      const leaf = { leaf: (-G / (H + o.lambda)) * o.learningRate, id: -1 };
      if (depth === 0 || members.length < 2) return ((leaf.id = leaves++), leaf);
      const touched: number[] = [];
      for (const i of members) {
        for (const f of X[i]) {
          if (!seen[f]) {
            seen[f] = 1;
            touched.push(f);
            gF[f] = 0;
            hF[f] = 0;
          }
          gF[f] += g[i];
          hF[f] += h[i];
        }
      }
      const parent = (G * G) / (H + o.lambda);
      let best = -1;
      let bestGain = 1e-9;
      for (const f of touched) {
        seen[f] = 0;
        const hl = hF[f];
        const hr = H - hl;
        if (hl < o.minHessian || hr < o.minHessian) continue;
        const gl = gF[f];
        const gr = G - gl;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
        if (gain > bestGain || (gain === bestGain && f < best)) {
          bestGain = gain;
          best = f;
        }
      }
      if (best < 0) return ((leaf.id = leaves++), leaf);
      const yes: number[] = [];
      const no: number[] = [];
      for (const i of members) (has(X[i], best) ? yes : no).push(i);
      return { feature: best, yes: grow(Int32Array.from(yes), depth - 1), no: grow(Int32Array.from(no), depth - 1) };
    };

    const all = Int32Array.from(rows.keys());
    for (let t = 0; t < rounds; t++) {
      for (let i = 0; i < rows.length; i++) {
        const p = 1 / (1 + Math.exp(-F[i]));
        g[i] = p - y[i];
        h[i] = p * (1 - p);
      }
      const tree = grow(all, o.depth);
      trees.push(tree);
      for (let i = 0; i < rows.length; i++) F[i] += leafOf(tree, X[i]);
    }
    return new BoostedTrees(index, trees, o.checkpoints);
  }

  /** The leaf each tree puts these features in, as "t:<leaf id>" (ids unique over the trees): a feature transform. */
  leafFeatures(features: readonly string[], trees = this.trees.length): string[] {
    const ids = Int32Array.from(new Set(features.map((f) => this.index.get(f)).filter((i): i is number => i !== undefined))).sort();
    const out: string[] = [];
    for (let t = 0; t < trees; t++) out.push('t:' + reach(this.trees[t], ids).id);
    return out;
  }

  /** The summed tree margin after each checkpoint. */
  predict(features: readonly string[]): Float64Array {
    const ids = Int32Array.from(new Set(features.map((f) => this.index.get(f)).filter((i): i is number => i !== undefined))).sort();
    const out = new Float64Array(this.checkpoints.length);
    let sum = 0;
    let c = 0;
    for (let t = 0; t < this.trees.length; t++) {
      sum += leafOf(this.trees[t], ids);
      while (c < this.checkpoints.length && this.checkpoints[c] === t + 1) out[c++] = sum;
    }
    return out;
  }
}

function has(ids: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === f) return true;
    if (ids[mid] < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function leafOf(node: Node, ids: Int32Array): number {
  return reach(node, ids).leaf;
}

function reach(node: Node, ids: Int32Array): { leaf: number; id: number } {
  while (!('leaf' in node)) node = has(ids, node.feature) ? node.yes : node.no;
  return node;
}

export interface MlpOptions {
  hidden: number;
  /** L2 on every weight (not the biases), added as (l2 / 2)·‖W‖² to the mean loss. */
  l2: number;
  epochs: number;
  learningRate: number;
  minCount: number;
  seed: number;
  /** Each feature's input value (1 when not given): e.g. the naive-Bayes scaling of NB-LR. */
  value?: (feature: string) => number;
}

/** mulberry32: a small seeded generator, so the perceptron's start is the same on every run. */
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One hidden layer of tanh units over binary features, a logistic output, fitted by full-batch
 * Adam (deterministic: every epoch sees every row in the same order).
 */
export class Mlp {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly W: Float64Array,
    private readonly b: Float64Array,
    private readonly v: Float64Array,
    private readonly c: number,
    private readonly value: Float64Array,
  ) {}

  static fit(rows: readonly BinaryRow[], o: MlpOptions): Mlp {
    const counts = new Map<string, number>();
    for (const r of rows) for (const f of new Set(r.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const vocab = [...counts.entries()].filter(([, n]) => n >= o.minCount).map(([f]) => f).sort();
    const index = new Map(vocab.map((f, i) => [f, i]));
    const X = rows.map((r) => Int32Array.from(new Set(r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))));
    const y = rows.map((r) => (r.uncertain ? 1 : 0));
    const K = o.hidden;
    const D = vocab.length;
    const value = Float64Array.from(vocab, (f) => (o.value ? o.value(f) : 1));
    const rand = generator(o.seed);
    // Parameters in one array: W (D×K, feature-major), b (K), v (K), c (1).
    const n = D * K + K + K + 1;
    const theta = new Float64Array(n);
    const scale = 1 / Math.sqrt(20);
    for (let i = 0; i < D * K; i++) theta[i] = (rand() * 2 - 1) * scale;
    for (let k = 0; k < K; k++) theta[D * K + K + k] = (rand() * 2 - 1) / Math.sqrt(K);
    const grad = new Float64Array(n);
    const m1 = new Float64Array(n);
    const m2 = new Float64Array(n);
    const a = new Float64Array(K);
    const bOff = D * K;
    const vOff = bOff + K;
    const cOff = vOff + K;
    const N = rows.length;
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      grad.fill(0);
      for (let r = 0; r < N; r++) {
        for (let k = 0; k < K; k++) a[k] = theta[bOff + k];
        for (const f of X[r]) {
          const base = f * K;
          const x = value[f];
          for (let k = 0; k < K; k++) a[k] += theta[base + k] * x;
        }
        let z = theta[cOff];
        for (let k = 0; k < K; k++) z += theta[vOff + k] * (a[k] = Math.tanh(a[k]));
        const d = (1 / (1 + Math.exp(-z)) - y[r]) / N;
        grad[cOff] += d;
        for (let k = 0; k < K; k++) {
          grad[vOff + k] += d * a[k];
          const da = d * theta[vOff + k] * (1 - a[k] * a[k]);
          grad[bOff + k] += da;
          a[k] = da;
        }
        for (const f of X[r]) {
          const base = f * K;
          const x = value[f];
          for (let k = 0; k < K; k++) grad[base + k] += a[k] * x;
        }
      }
      for (let i = 0; i < bOff; i++) grad[i] += o.l2 * theta[i];
      for (let k = 0; k < K; k++) grad[vOff + k] += o.l2 * theta[vOff + k];
      const b1 = 0.9;
      const b2 = 0.999;
      const c1 = 1 - Math.pow(b1, epoch);
      const c2 = 1 - Math.pow(b2, epoch);
      for (let i = 0; i < n; i++) {
        m1[i] = b1 * m1[i] + (1 - b1) * grad[i];
        m2[i] = b2 * m2[i] + (1 - b2) * grad[i] * grad[i];
        theta[i] -= (o.learningRate * (m1[i] / c1)) / (Math.sqrt(m2[i] / c2) + 1e-8);
      }
    }
    return new Mlp(index, theta.slice(0, bOff), theta.slice(bOff, vOff), theta.slice(vOff, cOff), theta[cOff], value);
  }

  /** The log-odds of "uncertain". */
  logit(features: readonly string[]): number {
    const K = this.b.length;
    const a = Float64Array.from(this.b);
    for (const f of new Set(features)) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      const base = i * K;
      const x = this.value[i];
      for (let k = 0; k < K; k++) a[k] += this.W[base + k] * x;
    }
    let z = this.c;
    for (let k = 0; k < K; k++) z += this.v[k] * Math.tanh(a[k]);
    return z;
  }
}

/**
 * A linear SVM (squared hinge, L2), fitted by dual coordinate descent (Hsieh et al. 2008) in a
 * fixed row order: deterministic. Rows are binary features scaled to unit length, plus a constant
 * feature for the bias. A different bias from the logistic NB-LR: the hinge ignores rows already
 * past the margin, so it weighs the sentences near the boundary.
 */
export class LinearSvm {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly w: Float64Array,
  ) {}

  static fit(rows: readonly BinaryRow[], o: { C: number; epochs: number; minCount: number }): LinearSvm {
    const counts = new Map<string, number>();
    for (const r of rows) for (const f of new Set(r.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const vocab = [...counts.entries()].filter(([, n]) => n >= o.minCount).map(([f]) => f).sort();
    const index = new Map(vocab.map((f, i) => [f, i]));
    const bias = vocab.length;
    const X = rows.map((r) => LinearSvm.ids(index, r.features, bias));
    const w = new Float64Array(vocab.length + 1);
    const alpha = new Float64Array(rows.length);
    const D = 1 / (2 * o.C);
    for (let e = 0; e < o.epochs; e++) {
      for (let i = 0; i < rows.length; i++) {
        const { ids, value } = X[i];
        const y = rows[i].uncertain ? 1 : -1;
        let wx = 0;
        for (const f of ids) wx += w[f] * value;
        // Each row has unit length, so x·x = 1.
        const G = y * wx - 1 + D * alpha[i];
        const next = Math.max(alpha[i] - G / (1 + D), 0);
        const step = (next - alpha[i]) * y * value;
        alpha[i] = next;
        if (step !== 0) for (const f of ids) w[f] += step;
      }
    }
    return new LinearSvm(index, w);
  }

  private static ids(index: ReadonlyMap<string, number>, features: readonly string[], bias: number): { ids: Int32Array; value: number } {
    const ids = new Set<number>([bias]);
    for (const f of features) {
      const i = index.get(f);
      if (i !== undefined) ids.add(i);
    }
    return { ids: Int32Array.from(ids), value: 1 / Math.sqrt(ids.size) };
  }

  /** The signed distance-like score w·x (positive: uncertain). */
  margin(features: readonly string[]): number {
    const { ids, value } = LinearSvm.ids(this.index, features, this.w.length - 1);
    let s = 0;
    for (const f of ids) s += this.w[f] * value;
    return s;
  }
}

/**
 * A memory of the training sentences: a claim's score is the log-odds of the similarity-weighted
 * labels of its k nearest training sentences (cosine over features weighted by their naive-Bayes
 * log-count ratio, |log((n_unc + 1)/(N_unc + 1) / ((n_cert + 1)/(N_cert + 1)))|, features in two
 * rows or more). Ties in similarity go to the earlier row.
 */
export class NearestSentences {
  private constructor(
    private readonly weight: ReadonlyMap<string, number>,
    private readonly memory: ReadonlyArray<{ v: Map<string, number>; uncertain: boolean }>,
  ) {}

  static fit(rows: readonly BinaryRow[]): NearestSentences {
    const counts = new Map<string, [number, number]>();
    let nUnc = 0;
    let nCert = 0;
    for (const r of rows) {
      if (r.uncertain) nUnc++;
      else nCert++;
      for (const f of new Set(r.features)) {
        let c = counts.get(f);
        if (!c) counts.set(f, (c = [0, 0]));
        c[r.uncertain ? 1 : 0]++;
      }
    }
    const weight = new Map<string, number>();
    for (const [f, [c0, c1]] of counts) {
      if (c0 + c1 >= 2) weight.set(f, Math.abs(Math.log((c1 + 1) / (nUnc + 1) / ((c0 + 1) / (nCert + 1)))));
    }
    const memory = rows.map((r) => ({ v: unitVector(weight, r.features), uncertain: r.uncertain }));
    return new NearestSentences(weight, memory);
  }

  /** Log-odds of uncertain among the k nearest sentences, for each k asked. */
  scores(features: readonly string[], ks: readonly number[]): Float64Array {
    const q = unitVector(this.weight, features);
    const sims = this.memory.map((m, j) => {
      let s = 0;
      for (const [f, w] of q) {
        const o = m.v.get(f);
        if (o) s += w * o;
      }
      return [s, j] as const;
    });
    sims.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    return Float64Array.from(ks, (k) => {
      let u = 0;
      let c = 0;
      for (const [s, j] of sims.slice(0, k)) {
        if (this.memory[j].uncertain) u += s;
        else c += s;
      }
      return Math.log((u + 0.5) / (c + 0.5));
    });
  }
}

function unitVector(weight: ReadonlyMap<string, number>, features: readonly string[]): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const f of new Set(features)) {
    const w = weight.get(f);
    if (!w) continue;
    v.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, w] of v) v.set(f, w / norm);
  return v;
}
