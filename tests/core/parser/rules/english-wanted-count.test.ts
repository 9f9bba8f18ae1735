/**
 * Reader quantity, an English count after a verb of wanting (core/parser/quantity-at.ts, wantedCount): "Do you have
 * straw hats? I'd like two", "Do you have beeswax? I'll take two" — a spelled count right after "like", "take", "want",
 * "need" that closes its clause is the amount of the goods asked about before, as "2" would be (a spelled number with
 * nothing after it is otherwise too weak to be an amount). Not when more words follow it ("two colours"), nor with no
 * goods named before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeKimSon6', text: "Do you have straw hats? I'd like two", items: { 'MU-COI': 2 }, ask: false },
  { shop: 'leatherTuyHoa', text: "Hi, do you have a passport holder? I'd like two please", items: { 'VI-PASS': 2 }, ask: false },
  { shop: 'specialtiesCatBa', text: "Do you have beeswax? I'll take two", items: { 'SAP-ONG-200': 2 }, ask: false },
  { shop: 'knivesDaSy3', text: "Hi, do you have kitchen scissors? I'd like two, and one paring knife", items: { 'KEO-BEP': 2, 'DAO-GOT': 1 }, ask: false },
  // negatives: more words after the count; no goods named before
  { shop: 'sedgeKimSon6', text: "Do you have straw hats? I'd like two colours", items: {}, ask: false },
  { shop: 'sedgeKimSon6', text: "I'd like two", items: {}, ask: false },
];

describeCorpus('English count after a verb of wanting', EXAMPLES);
