// Gradient-boosted decision trees over sparse binary features, added to a base margin (the
// linear model's class scores), so the trees learn only what the linear model cannot: the
// interactions of features ("no means named" and "checkpoint" and "clash").
//
// Multiclass softmax boosting with multi-output trees: one tree per round serves every class,
// each leaf holding a score per class. A split sends a row left when it has the feature. Split
// gain and leaf values follow the second-order (Newton) rule with an L2 penalty λ on the leaf
// values: leaf_c = -G_c / (H_c + λ), gain = Σ_c G_Lc²/(H_Lc+λ) + G_Rc²/(H_Rc+λ) - G_c²/(H_c+λ),
// where G and H sum the gradient p - y and the Hessian p(1 - p) of the (class-weighted) log
// loss over the rows in the node. No sampling, ties go to the lower feature id: deterministic.

export interface BoostRow {
  /** Ids of the features that fire, each once. */
  features: Int32Array;
  label: number;
  /** Base scores per class (length: classes), e.g. a linear model's out-of-fold log-odds. */
  base: Float64Array;
}

export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** A split needs at least this many rows on each side. */
  minRows: number;
  /** Per-class weight of a row's loss. */
  classWeights: Float64Array;
}

/** A node: a split on feature `f` (yes: the row has it) or a leaf (`f` = -1) with scores. */
export interface TreeNode {
  f: number;
  yes?: TreeNode;
  no?: TreeNode;
  leaf?: Float64Array;
}

export function fitBoost(
  rows: readonly BoostRow[],
  features: number,
  classes: number,
  o: BoostOptions,
  /** Called after each round with the trees so far (to score checkpoints). */
  onRound?: (trees: readonly TreeNode[]) => void,
): TreeNode[] {
  const n = rows.length;
  const C = classes;
  const scores = new Float64Array(n * C);
  for (let i = 0; i < n; i++) scores.set(rows[i].base, i * C);
  const g = new Float64Array(n * C);
  const h = new Float64Array(n * C);
  const sumG = new Float64Array(features * C);
  const sumH = new Float64Array(features * C);
  const count = new Int32Array(features);
  const trees: TreeNode[] = [];
  const all = Int32Array.from({ length: n }, (_, i) => i);

  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const off = i * C;
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (scores[off + c] > max) max = scores[off + c];
      let z = 0;
      for (let c = 0; c < C; c++) z += g[off + c] = Math.exp(scores[off + c] - max);
      const w = o.classWeights[rows[i].label];
      for (let c = 0; c < C; c++) {
        const p = g[off + c] / z;
        g[off + c] = w * (p - (c === rows[i].label ? 1 : 0));
        h[off + c] = w * Math.max(p * (1 - p), 1e-6);
      }
    }

    const grow = (members: Int32Array, depth: number): TreeNode => {
      const G = new Float64Array(C);
      const H = new Float64Array(C);
      for (const i of members) {
        for (let c = 0; c < C; c++) {
          G[c] += g[i * C + c];
          H[c] += h[i * C + c];
        }
      }
      const leaf = () => {
        const v = new Float64Array(C);
        for (let c = 0; c < C; c++) v[c] = (-o.learningRate * G[c]) / (H[c] + o.lambda);
        return { f: -1, leaf: v };
      };
      if (depth === 0 || members.length < 2 * o.minRows) return leaf();

      const touched: number[] = [];
      for (const i of members) {
        const fs = rows[i].features;
        for (let k = 0; k < fs.length; k++) {
          const f = fs[k];
          if (count[f] === 0) touched.push(f);
          count[f]++;
          const fo = f * C;
          const io = i * C;
          for (let c = 0; c < C; c++) {
            sumG[fo + c] += g[io + c];
            sumH[fo + c] += h[io + c];
          }
        }
      }
      let parent = 0;
      for (let c = 0; c < C; c++) parent += (G[c] * G[c]) / (H[c] + o.lambda);
      let best = -1;
      let bestGain = 1e-9;
      for (const f of touched) {
        const nl = count[f];
        if (nl >= o.minRows && members.length - nl >= o.minRows) {
          let gain = -parent;
          const fo = f * C;
          for (let c = 0; c < C; c++) {
            const gl = sumG[fo + c];
            const hl = sumH[fo + c];
            const gr = G[c] - gl;
            const hr = H[c] - hl;
            gain += (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda);
          }
          if (gain > bestGain || (gain === bestGain && f < best)) {
            bestGain = gain;
            best = f;
          }
        }
      }
      for (const f of touched) {
        count[f] = 0;
        sumG.fill(0, f * C, f * C + C);
        sumH.fill(0, f * C, f * C + C);
      }
      if (best < 0) return leaf();
      const yes: number[] = [];
      const no: number[] = [];
      for (const i of members) (hasFeature(rows[i].features, best) ? yes : no).push(i);
      return { f: best, yes: grow(Int32Array.from(yes), depth - 1), no: grow(Int32Array.from(no), depth - 1) };
    };

    const tree = grow(all, o.depth);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      const v = leafOf(tree, (f) => hasFeature(rows[i].features, f));
      for (let c = 0; c < C; c++) scores[i * C + c] += v[c];
    }
    onRound?.(trees);
  }
  return trees;
}

function hasFeature(sorted: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid];
    if (x === f) return true;
    if (x < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The leaf a row reaches; `has(f)` says whether the row has feature f. */
export function leafOf(tree: TreeNode, has: (f: number) => boolean): Float64Array {
  let node = tree;
  while (node.f >= 0) node = has(node.f) ? node.yes! : node.no!;
  return node.leaf!;
}

/** Adds the trees' scores to `scores` in place. */
export function addTrees(scores: Float64Array, trees: readonly TreeNode[], has: (f: number) => boolean): Float64Array {
  for (const t of trees) {
    const v = leafOf(t, has);
    for (let c = 0; c < scores.length; c++) scores[c] += v[c];
  }
  return scores;
}
