/** The shape of a catalog's matching index (built by catalog-index.ts), shared by the stages that read it. */
import type { CatalogProduct } from '../catalog/types.ts';
import type { Unit } from './numbers.ts';

export const INDEX = Symbol('matcher-index');

/** Matching structures for one catalog, built once per catalog change by buildMatcher. Opaque to callers. */
export interface Matcher {
  readonly products: readonly CatalogProduct[];
  readonly [INDEX]: MatcherIndex;
}

/** A catalog concept a message word stands for, with how confidently (1 = exact). */
export interface ConceptHit {
  concept: string;
  weight: number;
  /** written with diacritics other than the catalog's ("sáo" for "sao"): maybe another word altogether */
  retoned?: boolean;
}

export interface MatcherIndex {
  units: Unit[];
  skus: string[];
  /** concept → indices of the products whose name, aliases or sku contain it */
  conceptProducts: Map<string, number[]>;
  productConcepts: Set<string>[];
  /** per product: the single-word concepts and attributes of its own name (no aliases, no word pairs) */
  nameConcepts: Set<string>[];
  /** per product: per alias, its single-word concepts and attributes in the order written (LOOSE when a word was left out) */
  aliasConcepts: string[][][];
  /** folded word → the lower-case spellings (with diacritics) the catalog uses */
  spellings: Map<string, Set<string>>;
  /** the spellings written in a name or alias that has diacritics (a bare alias's "binh" is none) */
  writtenWithMarks: Set<string>;
  /** concepts that can open a product phrase (the head noun of a Vietnamese name) */
  heads: Set<string>;
  /** per product: its head concepts */
  productHeads: Set<string>[];
  /** concepts that open a product's own name (not only an alias) */
  nameHeads: Set<string>;
  /** per product: the measure kinds ("len", "mass", "dim", "na:do") that appear in its name as sizes or grades */
  measureKinds: Set<string>[];
  /** concepts written capitalized inside product names (places, makers) */
  properNouns: Set<string>;
  /** proper-noun words only ever written as part of a longer place or maker name ("thai" of "Thái Nguyên") */
  properParts: Set<string>;
  /** folded first words of the products' units ("chai", "can", "bức") */
  unitWords: Set<string>;
  /** the products' units' first words as written, lower-case, "đ" read as "d" ("dôi" for "đôi" is a slip) */
  unitSpellings: Set<string>;
  /** keys of the count units products are sold by ("phan" of "phần") */
  countUnits: Set<string>;
  /** words a range in a name counts ("tuổi" of "(3-6 tuổi)"): a number before one in a message is such a value */
  rangeWords: Set<string>;
  /** measure kinds of any product */
  allKinds: Set<string>;
  /** per product: the amounts ("mass" in kg, "volume" in l) its name says one unit holds ("chai 500ml", "gói 200g") */
  packs: Map<string, Set<number>>[];
  /** colour and size concepts: a phrase naming one no candidate has fits nothing */
  attrs: Set<string>;
  /** folded sku without dashes → product index */
  skuIndex: Map<string, number>;
  /** customer word (folded) → catalog concept (English and regional synonyms) */
  synonyms: Map<string, string>;
  /** per product: its name and aliases as sequences of content concepts ('' for grammar words, numbers and sizes) */
  nameSeqs: string[][][];
  /** deletion neighbourhood (distance 1) of catalog words, for typos */
  typos: Map<string, string[]>;
  /** "ly" after a number means millimetres at this shop (millimetres.ts) */
  lyMm: boolean;
  /** per-product score buffer reused by resolveConcepts (parsing is synchronous) */
  scratch: Float64Array;
}
