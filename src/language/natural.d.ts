/**
 * Types for the parts of `natural` imported by path. Importing the package root would load all of
 * it (about a second, and its storage adapters print dotenv notices on stdout).
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
  export = AggressiveTokenizer;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  interface Options {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  export function DamerauLevenshteinDistance(source: string, target: string, options?: Options): number;
  export function LevenshteinDistance(source: string, target: string, options?: Options): number;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}

declare module 'natural/lib/natural/classifiers/logistic_regression_classifier' {
  class LogisticRegressionClassifier {
    addDocument(tokens: string[] | string, label: string): void;
    train(): void;
    getClassifications(observation: string[] | string): Array<{ label: string; value: number }>;
    classify(observation: string[] | string): string;
    features: Record<string, number>;
    classifier: { theta: Array<{ elements: number[] }>; classifications: string[] };
  }
  export = LogisticRegressionClassifier;
}

declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    addDocument(tokens: string[] | string, label: string): void;
    train(): void;
    getClassifications(observation: string[] | string): Array<{ label: string; value: number }>;
    classify(observation: string[] | string): string;
    features: Record<string, number>;
    classifier: {
      classFeatures: Record<string, Record<string, number>>;
      classTotals: Record<string, number>;
      totalExamples: number;
      smoothing: number;
    };
  }
  export = BayesClassifier;
}

declare module 'natural/lib/natural/phonetics/metaphone' {
  class Metaphone {
    process(token: string, maxLength?: number): string;
  }
  export = Metaphone;
}
