// A small multilayer perceptron over sparse binary features: one hidden layer of ReLU units,
// softmax output, class-weighted log loss, trained by mini-batch Adam. Only the input rows of
// the features present in a batch are updated (lazy, "sparse" Adam), so an epoch costs the
// active features times the hidden units, not the whole vocabulary. The start weights and the
// row order of each epoch come from a seeded generator (mulberry32): the same data and seed give
// the same weights.

export interface MlpRow {
  features: Int32Array;
  label: number;
}

export interface MlpOptions {
  hidden: number;
  epochs: number;
  batch: number;
  learningRate: number;
  /** L2 penalty, applied to the weights a batch touches. */
  l2: number;
  seed: number;
  classWeights: Float64Array;
}

export interface MlpWeights {
  features: number;
  hidden: number;
  classes: number;
  /** Feature-major: w1[f * hidden + j]. */
  w1: Float64Array;
  b1: Float64Array;
  /** Hidden-major: w2[j * classes + c]. */
  w2: Float64Array;
  b2: Float64Array;
}

export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Class scores (before the softmax) of one row; `hidden` receives the hidden activations. */
export function mlpScores(m: MlpWeights, features: ArrayLike<number>, hidden = new Float64Array(m.hidden)): Float64Array {
  const H = m.hidden;
  const C = m.classes;
  hidden.set(m.b1);
  for (let k = 0; k < features.length; k++) {
    const base = features[k] * H;
    for (let j = 0; j < H; j++) hidden[j] += m.w1[base + j];
  }
  const s = Float64Array.from(m.b2);
  for (let j = 0; j < H; j++) {
    const a = hidden[j];
    if (a <= 0) {
      hidden[j] = 0;
      continue;
    }
    const base = j * C;
    for (let c = 0; c < C; c++) s[c] += a * m.w2[base + c];
  }
  return s;
}

export function fitMlp(
  rows: readonly MlpRow[],
  features: number,
  classes: number,
  o: MlpOptions,
  /** Called after each epoch with the weights so far (to score checkpoints). */
  onEpoch?: (m: MlpWeights, epoch: number) => void,
): MlpWeights {
  const H = o.hidden;
  const C = classes;
  const random = mulberry32(o.seed);
  let nnz = 0;
  for (const r of rows) nnz += r.features.length;
  const a1 = Math.sqrt(3 / Math.max(1, nnz / Math.max(1, rows.length)));
  const a2 = Math.sqrt(6 / (H + C));
  const m: MlpWeights = {
    features,
    hidden: H,
    classes: C,
    w1: Float64Array.from({ length: features * H }, () => (2 * random() - 1) * a1),
    b1: new Float64Array(H),
    w2: Float64Array.from({ length: H * C }, () => (2 * random() - 1) * a2),
    b2: new Float64Array(C),
  };
  // Adam moments.
  const m1 = new Float64Array(m.w1.length);
  const v1 = new Float64Array(m.w1.length);
  const mb1 = new Float64Array(H);
  const vb1 = new Float64Array(H);
  const m2 = new Float64Array(m.w2.length);
  const v2 = new Float64Array(m.w2.length);
  const mb2 = new Float64Array(C);
  const vb2 = new Float64Array(C);
  const g1 = new Float64Array(m.w1.length);
  const gb1 = new Float64Array(H);
  const g2 = new Float64Array(m.w2.length);
  const gb2 = new Float64Array(C);
  const mark = new Uint8Array(features);
  const hidden = new Float64Array(H);
  const dh = new Float64Array(H);
  const B1 = 0.9;
  const B2 = 0.999;
  const EPS = 1e-8;
  const order = Int32Array.from({ length: rows.length }, (_, i) => i);
  let t = 0;

  const adam = (w: Float64Array, g: Float64Array, mo: Float64Array, ve: Float64Array, k: number, lr: number) => {
    const gk = g[k] + o.l2 * w[k];
    mo[k] = B1 * mo[k] + (1 - B1) * gk;
    ve[k] = B2 * ve[k] + (1 - B2) * gk * gk;
    w[k] -= (lr * mo[k]) / (Math.sqrt(ve[k]) + EPS);
    g[k] = 0;
  };

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
    for (let start = 0; start < order.length; start += o.batch) {
      const end = Math.min(order.length, start + o.batch);
      const touched: number[] = [];
      for (let q = start; q < end; q++) {
        const r = rows[order[q]];
        const s = mlpScores(m, r.features, hidden);
        let max = -Infinity;
        for (let c = 0; c < C; c++) if (s[c] > max) max = s[c];
        let z = 0;
        for (let c = 0; c < C; c++) z += s[c] = Math.exp(s[c] - max);
        const w = o.classWeights[r.label] / (end - start);
        for (let c = 0; c < C; c++) s[c] = (w * s[c]) / z;
        s[r.label] -= w;
        for (let c = 0; c < C; c++) gb2[c] += s[c];
        for (let j = 0; j < H; j++) {
          dh[j] = 0;
          if (hidden[j] <= 0) continue;
          const base = j * C;
          let d = 0;
          for (let c = 0; c < C; c++) {
            g2[base + c] += hidden[j] * s[c];
            d += m.w2[base + c] * s[c];
          }
          dh[j] = d;
          gb1[j] += d;
        }
        for (let k = 0; k < r.features.length; k++) {
          const f = r.features[k];
          if (!mark[f]) {
            mark[f] = 1;
            touched.push(f);
          }
          const base = f * H;
          for (let j = 0; j < H; j++) g1[base + j] += dh[j];
        }
      }
      t++;
      const lr = (o.learningRate * Math.sqrt(1 - Math.pow(B2, t))) / (1 - Math.pow(B1, t));
      for (const f of touched) {
        mark[f] = 0;
        const base = f * H;
        for (let j = 0; j < H; j++) adam(m.w1, g1, m1, v1, base + j, lr);
      }
      for (let k = 0; k < m.w2.length; k++) adam(m.w2, g2, m2, v2, k, lr);
      for (let j = 0; j < H; j++) {
        const gk = gb1[j];
        mb1[j] = B1 * mb1[j] + (1 - B1) * gk;
        vb1[j] = B2 * vb1[j] + (1 - B2) * gk * gk;
        m.b1[j] -= (lr * mb1[j]) / (Math.sqrt(vb1[j]) + EPS);
        gb1[j] = 0;
      }
      for (let c = 0; c < C; c++) {
        const gk = gb2[c];
        mb2[c] = B1 * mb2[c] + (1 - B1) * gk;
        vb2[c] = B2 * vb2[c] + (1 - B2) * gk * gk;
        m.b2[c] -= (lr * mb2[c]) / (Math.sqrt(vb2[c]) + EPS);
        gb2[c] = 0;
      }
    }
    onEpoch?.(m, epoch);
  }
  return m;
}
