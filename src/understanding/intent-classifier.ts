import type { ConceptLexicon } from "./concept-lexicon.js";
import { type FeatureOptions, messageFeatures } from "./intent-features.js";
import { schoolLexicons } from "./school-lexicons.js";
import { type Sample, SoftmaxRegression } from "./softmax-regression.js";
import { normalizeText } from "./text-normalize.js";

/** A service (or a referral) the classifier can name, with what people say to ask for it. */
export interface IntentClass {
  id: string;
  examples: readonly string[];
  /** Words that on their own point to this class ("报修", "repair"). */
  words: readonly string[];
}

export interface RankedIntent {
  id: string;
  probability: number;
}

/** How sure the classifier is: start the flow, ask which of the top few, or show the short menu. */
export type ConfidenceBand = "confident" | "uncertain" | "unknown";

export interface Classification {
  band: ConfidenceBand;
  /** Every class, most likely first. */
  ranked: RankedIntent[];
}

export interface ClassifierOptions {
  lexicons?: readonly ConceptLexicon[];
  /** Top probability from which a flow starts without asking (default 0.5). */
  confident?: number;
  /** Top probability below which the message is not understood at all (default 0.2). */
  uncertain?: number;
}

/**
 * The intent model: character 1–3-gram TF-IDF plus concept and class-word features, softmax regression
 * trained at start-up from the examples every flow declares.
 *
 * ```ts
 * const classifier = IntentClassifier.train([{ id: "repair", examples: ["灯坏了"], words: ["报修"] }, …]);
 * classifier.classify("投影仪不亮了").ranked[0].id // "repair"
 * ```
 */
export class IntentClassifier {
  private constructor(
    private readonly ids: readonly string[],
    private readonly model: SoftmaxRegression,
    private readonly features: FeatureOptions,
    private readonly thresholds: { confident: number; uncertain: number },
  ) {}

  static train(classes: readonly IntentClass[], options: ClassifierOptions = {}): IntentClassifier {
    const features: FeatureOptions = {
      lexicons: options.lexicons ?? schoolLexicons,
      classWords: classes.map((c) => ({ id: c.id, words: c.words.map(normalizeText) })),
    };
    const samples: Sample[] = [];
    classes.forEach((cls, label) => {
      for (const text of [...cls.examples, ...cls.words]) {
        samples.push({ features: messageFeatures(text, features), label });
      }
    });
    return new IntentClassifier(
      classes.map((c) => c.id),
      SoftmaxRegression.train(samples, classes.length),
      features,
      { confident: options.confident ?? 0.5, uncertain: options.uncertain ?? 0.2 },
    );
  }

  /** Every class with its probability, most likely first. */
  rank(text: string): RankedIntent[] {
    const p = this.model.probabilities(messageFeatures(text, this.features));
    return this.ids
      .map((id, i) => ({ id, probability: p[i]! }))
      .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id));
  }

  classify(text: string): Classification {
    const ranked = this.rank(text);
    const top = ranked[0]?.probability ?? 0;
    const band: ConfidenceBand =
      top >= this.thresholds.confident
        ? "confident"
        : top >= this.thresholds.uncertain
          ? "uncertain"
          : "unknown";
    return { band, ranked };
  }
}
