/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least
 * squares): the penalised log-likelihood is concave, so the optimum is unique and the fit
 * deterministic. The intercept is not penalised; `fixed` features keep a set weight (an offset),
 * for evidence the training data cannot show.
 */
export interface LogisticFit {
  intercept: number;
  weights: number[];
}

export interface FitOptions {
  /** The L2 penalty on the weights (λ in λ/2 · Σ w²). */
  penalty: number;
  /** Weights set rather than fitted, by feature index. */
  fixed?: ReadonlyMap<number, number>;
  iterations?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves a·x = b for a small symmetric positive-definite a, by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/** Fits the model to rows of feature values and their labels (1: a stated answer). */
export function fitLogistic(rows: number[][], labels: number[], options: FitOptions): LogisticFit {
  const features = rows[0]?.length ?? 0;
  const fixed = options.fixed ?? new Map<number, number>();
  const free = [...Array(features).keys()].filter((index) => !fixed.has(index));
  // Parameter 0 is the intercept, then the free weights.
  const size = free.length + 1;
  let theta = new Array<number>(size).fill(0);
  const offset = rows.map((row) =>
    [...fixed].reduce((sum, [index, weight]) => sum + weight * row[index]!, 0),
  );
  const design = rows.map((row) => [1, ...free.map((index) => row[index]!)]);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    design.forEach((x, i) => {
      const p = sigmoid(x.reduce((sum, value, k) => sum + value * theta[k]!, offset[i]!));
      const weight = p * (1 - p);
      for (let j = 0; j < size; j++) {
        gradient[j]! += (labels[i]! - p) * x[j]!;
        for (let k = 0; k < size; k++) hessian[j]![k]! += weight * x[j]! * x[k]!;
      }
    });
    for (let j = 1; j < size; j++) {
      gradient[j]! -= options.penalty * theta[j]!;
      hessian[j]![j]! += options.penalty;
    }
    // A tiny ridge on the intercept keeps the system solvable when one class is absent.
    hessian[0]![0]! += 1e-9;
    const step = solve(hessian, gradient);
    theta = theta.map((value, k) => value + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  const weights = new Array<number>(features).fill(0);
  free.forEach((index, k) => (weights[index] = theta[k + 1]!));
  for (const [index, weight] of fixed) weights[index] = weight;
  return { intercept: theta[0]!, weights };
}
