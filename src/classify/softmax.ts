// Multinomial logistic regression over sparse binary features, fitted by full-batch L-BFGS.
// Full batch keeps training deterministic (no sampling order) and lets the L2 term stay dense
// without lazy-update tricks; the data sets here are a few thousand rows, so it is fast.

/** One training row: the ids of the features that fire (each counts once) and a class id. */
export interface SparseRow {
  features: Int32Array;
  label: number;
}

export interface SoftmaxOptions {
  /** L2 penalty on the weights (not the biases), added as (l2 / 2)·‖W‖² to the mean loss. */
  l2: number;
  /** Per-class weight of a row's loss; defaults to 1 for every class. */
  classWeights?: Float64Array;
  maxIterations?: number;
  /** Stop when the relative change of the objective falls below this. */
  tolerance?: number;
  /** How many past steps L-BFGS keeps. */
  memory?: number;
  /**
   * Per-feature multiplier of l2 (length: features). Penalising feature f by l2·m_f is the same
   * fit as scaling its value by 1/√m_f under a plain l2, so a binary model can learn as if its
   * features had values (the hedge model's naive Bayes scaling) and still ship plain weights.
   */
  featureL2?: Float64Array;
}

/** Weights laid out feature-major: w[f * classes + c]. */
export interface SoftmaxWeights {
  features: number;
  classes: number;
  weights: Float64Array;
  bias: Float64Array;
  iterations: number;
  objective: number;
}

export function trainSoftmax(rows: readonly SparseRow[], features: number, classes: number, options: SoftmaxOptions): SoftmaxWeights {
  const dim = features * classes + classes;
  const classWeights = options.classWeights ?? new Float64Array(classes).fill(1);
  let totalWeight = 0;
  for (const r of rows) totalWeight += classWeights[r.label];
  if (totalWeight === 0) throw new Error('trainSoftmax: no training rows');
  const scores = new Float64Array(classes);

  const evaluate = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    const bOff = features * classes;
    let loss = 0;
    for (const r of rows) {
      const cw = classWeights[r.label] / totalWeight;
      if (cw === 0) continue;
      for (let c = 0; c < classes; c++) scores[c] = theta[bOff + c];
      for (let i = 0; i < r.features.length; i++) {
        const base = r.features[i] * classes;
        for (let c = 0; c < classes; c++) scores[c] += theta[base + c];
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) if (scores[c] > max) max = scores[c];
      let z = 0;
      for (let c = 0; c < classes; c++) z += (scores[c] = Math.exp(scores[c] - max));
      loss -= cw * Math.log(scores[r.label] / z);
      for (let c = 0; c < classes; c++) scores[c] = (cw * scores[c]) / z;
      scores[r.label] -= cw;
      for (let c = 0; c < classes; c++) grad[bOff + c] += scores[c];
      for (let i = 0; i < r.features.length; i++) {
        const base = r.features[i] * classes;
        for (let c = 0; c < classes; c++) grad[base + c] += scores[c];
      }
    }
    let reg = 0;
    const perFeature = options.featureL2;
    if (perFeature) {
      for (let k = 0; k < bOff; k++) {
        const l2 = options.l2 * perFeature[(k / classes) | 0];
        reg += l2 * theta[k] * theta[k];
        grad[k] += l2 * theta[k];
      }
      return loss + 0.5 * reg;
    }
    for (let k = 0; k < bOff; k++) {
      reg += theta[k] * theta[k];
      grad[k] += options.l2 * theta[k];
    }
    return loss + 0.5 * options.l2 * reg;
  };

  const { theta, iterations, value } = lbfgs(evaluate, new Float64Array(dim), {
    maxIterations: options.maxIterations ?? 300,
    tolerance: options.tolerance ?? 1e-7,
    memory: options.memory ?? 8,
  });
  return {
    features,
    classes,
    weights: theta.slice(0, features * classes),
    bias: theta.slice(features * classes),
    iterations,
    objective: value,
  };
}

/** Class scores (log-odds up to a constant) of one row. */
export function scoreRow(model: Pick<SoftmaxWeights, 'classes' | 'weights' | 'bias'>, features: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(model.bias);
  for (let i = 0; i < features.length; i++) {
    const base = features[i] * model.classes;
    for (let c = 0; c < model.classes; c++) s[c] += model.weights[base + c];
  }
  return s;
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}

interface LbfgsOptions {
  maxIterations: number;
  tolerance: number;
  memory: number;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search; minimises f. */
function lbfgs(
  f: (x: Float64Array, g: Float64Array) => number,
  x0: Float64Array,
  o: LbfgsOptions,
): { theta: Float64Array; iterations: number; value: number } {
  const n = x0.length;
  let x: Float64Array = x0;
  let g: Float64Array = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const alpha = new Float64Array(o.memory);
  let xNew: Float64Array = new Float64Array(n);
  let gNew: Float64Array = new Float64Array(n);
  let it = 0;
  for (; it < o.maxIterations; it++) {
    // Two-loop recursion: d = -H·g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], d);
      axpy(-alpha[k], Y[k], d);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let i = 0; i < n; i++) d[i] *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], d);
      axpy(alpha[k] - beta, S[k], d);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      for (let i = 0; i < n; i++) d[i] = -g[i];
      slope = dot(g, d);
      S.length = Y.length = rho.length = 0;
    }
    let step = it === 0 && S.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (S.length === o.memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const change = Math.abs(fx - fNew) / Math.max(1, Math.abs(fx));
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    fx = fNew;
    if (change < o.tolerance) {
      it++;
      break;
    }
  }
  return { theta: x, iterations: it, value: fx };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}
