import { type ClassifierOptions, type ConfidenceBand, IntentClassifier } from "./intent-classifier.js";
import { type Referral, referralClasses, referralFor } from "./referral-table.js";
import { smallTalk, smallTalkId } from "./small-talk.js";

/** What the intent model needs of a flow: its id, its intent words and its example utterances. */
export interface ServiceExamples {
  id: string;
  intents: readonly string[];
  examples: readonly string[];
}

/** A service the message may ask for, or a department it belongs to. */
export type Candidate =
  | { kind: "flow"; id: string; probability: number }
  | { kind: "referral"; referral: Referral; probability: number };

export interface Interpretation {
  band: ConfidenceBand;
  /** The likeliest few, best first: the top one to act on, or the choices of a clarifying question. */
  candidates: Candidate[];
}

export interface ServiceIntentOptions extends ClassifierOptions {
  /** Extra examples learnt from traffic (`采纳`), by service id. */
  learnt?: readonly { serviceId: string; text: string }[];
  /** At most this many choices in a clarifying question (default 3). */
  maxChoices?: number;
}

/**
 * Which service a first message asks for: the flows' declared examples plus the directory's referral table,
 * as one intent model trained at start-up.
 *
 * ```ts
 * const intents = ServiceIntents.train(flows.all(), directory.referrals);
 * intents.interpret("A301的投影仪打不开了") // { band: "confident", candidates: [{ kind: "flow", id: "repair", … }, …] }
 * ```
 */
export class ServiceIntents {
  private constructor(
    private readonly classifier: IntentClassifier,
    readonly referrals: readonly Referral[],
    private readonly maxChoices: number,
    private readonly services: readonly ServiceExamples[],
    private readonly options: ServiceIntentOptions,
  ) {}

  static train(
    services: readonly ServiceExamples[],
    referrals: readonly Referral[],
    options: ServiceIntentOptions = {},
  ): ServiceIntents {
    const learnt = options.learnt ?? [];
    const extra = (id: string) => learnt.filter((l) => l.serviceId === id).map((l) => l.text);
    const classes = [
      ...services.map((s) => ({ id: s.id, words: s.intents, examples: [...s.examples, ...extra(s.id)] })),
      ...referralClasses(referrals).map((c) => ({ ...c, examples: [...c.examples, ...extra(c.id)] })),
      smallTalk,
    ];
    return new ServiceIntents(
      IntentClassifier.train(classes, options),
      referrals,
      options.maxChoices ?? 3,
      services,
      options,
    );
  }

  /** The same model trained again with these learnt examples instead of the ones it had (`采纳`). */
  retrain(learnt: readonly { serviceId: string; text: string }[]): ServiceIntents {
    return ServiceIntents.train(this.services, this.referrals, { ...this.options, learnt });
  }

  /** Whether a class id (a flow id or "refer:<id>") is one the model can name. */
  knows(id: string): boolean {
    return this.services.some((s) => s.id === id) || referralFor(id, this.referrals) !== undefined;
  }

  interpret(text: string): Interpretation {
    const { band, ranked } = this.classifier.classify(text);
    // Chatter is no request: the short menu, however sure the model is.
    if (ranked[0]?.id === smallTalkId) return { band: "unknown", candidates: [] };
    const candidates: Candidate[] = [];
    for (const { id, probability } of ranked) {
      if (id === smallTalkId) continue;
      if (candidates.length >= this.maxChoices) break;
      // A clarifying question offers only real contenders, never a long tail of unlikely ones.
      if (candidates.length >= 2 && probability < 0.1) break;
      const referral = referralFor(id, this.referrals);
      candidates.push(
        referral ? { kind: "referral", referral, probability } : { kind: "flow", id, probability },
      );
    }
    return { band, candidates };
  }
}
