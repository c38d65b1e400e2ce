import { mulberry32 } from "../domain/seeded-random.js";

/** One training example: sparse feature counts and its class index. */
export interface Sample {
  features: Map<string, number>;
  label: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update on the weights an example touches. */
  l2?: number;
  seed?: number;
}

/** A sparse vector over the model's vocabulary: feature indices and their TF-IDF weights (L2-normalised). */
interface Vector {
  index: Int32Array;
  value: Float64Array;
}

/**
 * Multinomial logistic regression over TF-IDF-weighted sparse features, trained by seeded SGD, so the same
 * examples always give the same model.
 *
 * ```ts
 * const model = SoftmaxRegression.train(samples, classCount);
 * model.probabilities(features) // one probability per class, summing to 1
 * ```
 */
export class SoftmaxRegression {
  private constructor(
    readonly classCount: number,
    private readonly vocabulary: Map<string, number>,
    private readonly idf: Float64Array,
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
  ) {}

  static train(
    samples: readonly Sample[],
    classCount: number,
    options: TrainOptions = {},
  ): SoftmaxRegression {
    const epochs = options.epochs ?? 15;
    const rate = options.learningRate ?? 0.5;
    const l2 = options.l2 ?? 1e-5;
    const vocabulary = new Map<string, number>();
    const documentFrequency: number[] = [];
    for (const sample of samples) {
      for (const key of sample.features.keys()) {
        let index = vocabulary.get(key);
        if (index === undefined) {
          index = vocabulary.size;
          vocabulary.set(key, index);
          documentFrequency.push(0);
        }
        documentFrequency[index]! += 1;
      }
    }
    const idf = new Float64Array(vocabulary.size);
    for (let i = 0; i < idf.length; i++)
      idf[i] = Math.log((1 + samples.length) / (1 + documentFrequency[i]!)) + 1;
    const model = new SoftmaxRegression(
      classCount,
      vocabulary,
      idf,
      new Float64Array(vocabulary.size * classCount),
      new Float64Array(classCount),
    );
    const vectors = samples.map((s) => model.vectorize(s.features));
    // Every class weighs the same in total, however many examples it has.
    const perClass = new Array<number>(classCount).fill(0);
    for (const s of samples) perClass[s.label]! += 1;
    const classWeight = perClass.map((n) => (n === 0 ? 0 : samples.length / (classCount * n)));
    const order = samples.map((_, i) => i);
    const random = mulberry32(options.seed ?? 7);
    const scores = new Float64Array(classCount);
    const gradient = new Float64Array(classCount);
    const { weights, bias } = model;
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      const step = rate / (1 + epoch * 0.2);
      const decay = 1 - step * l2;
      for (const i of order) {
        const vector = vectors[i]!;
        const label = samples[i]!.label;
        model.scoresInto(vector, scores);
        softmaxInPlace(scores);
        const weight = classWeight[label]!;
        for (let c = 0; c < classCount; c++) {
          gradient[c] = (scores[c]! - (c === label ? 1 : 0)) * weight;
          bias[c]! -= step * gradient[c]!;
        }
        // Feature by feature, its classes' weights side by side in memory (the same sums as class by class).
        for (let k = 0; k < vector.index.length; k++) {
          const base = vector.index[k]! * classCount;
          const v = vector.value[k]!;
          for (let c = 0; c < classCount; c++) {
            weights[base + c] = weights[base + c]! * decay - step * gradient[c]! * v;
          }
        }
      }
    }
    return model;
  }

  /** Class probabilities for a message's features; unknown features are ignored. */
  probabilities(features: Map<string, number>): Float64Array {
    const scores = new Float64Array(this.classCount);
    this.scoresInto(this.vectorize(features), scores);
    return softmaxInPlace(scores);
  }

  private vectorize(features: Map<string, number>): Vector {
    const index: number[] = [];
    const value: number[] = [];
    let norm = 0;
    for (const [key, count] of features) {
      const i = this.vocabulary.get(key);
      if (i === undefined) continue;
      const v = (1 + Math.log(count)) * this.idf[i]!;
      index.push(i);
      value.push(v);
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return { index: Int32Array.from(index), value: Float64Array.from(value, (v) => v * scale) };
  }

  private scoresInto(vector: Vector, out: Float64Array): void {
    out.set(this.bias);
    for (let k = 0; k < vector.index.length; k++) {
      const base = vector.index[k]! * this.classCount;
      const v = vector.value[k]!;
      for (let c = 0; c < this.classCount; c++) out[c]! += this.weights[base + c]! * v;
    }
  }
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
