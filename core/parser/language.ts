/**
 * Which language a message is typed in, for the stages that read English amounts and words ("two bowls please")
 * differently from Vietnamese typed without its marks ("hai to thuong, ba tra da").
 */
import type { Token } from './normalize.ts';

/** English function words: two or more of them (outside product phrases) make a message English. */
export const EN_FUNCTION = new Set([
  'i', "i'd", "i'll", "i'm", 'like', 'want', 'would', 'could', 'can', 'please', 'the', 'and', 'of', 'to', 'get', 'take',
  'order', 'some', 'you', 'is', 'are', 'do', 'does', 'how', 'much', 'what', 'thanks', 'thank', 'hi', 'hello', 'my',
  'me', 'for', 'with', 'have', 'need', 'buy', 'an', 'it', 'there', 'where', 'when', 'your', 'we', 'pair', 'each', 'a',
  'half', 'dozen', 'pairs', 'meter', 'meters', 'metre', 'metres', 'one', 'two', 'three', 'four', 'five', 'six', 'ten',
  'send', 'deliver', 'address', 'phone', 'hey', 'good', 'morning', 'thank', 'pieces', 'piece', 'box', 'boxes', 'set',
]);
/** Vietnamese words as typed without marks: they outvote the English words a message happens to hold. */
export const VI_ASCII = new Set([
  'cho', 'minh', 'em', 'e', 'lay', 'nhe', 'nha', 'oi', 'cai', 'chiec', 'voi', 'va', 'khong', 'ko', 'dat', 'mua', 'chot',
  'sdt', 'anh', 'chi', 'c', 'nua', 'them', 'mk', 'ak', 'giup', 've', 'sl', 'doi', 'bo', 'ban', 'nhe', 'ha', 'roi',
  'nhieu', 'bao', 'gia', 'con', 'hang', 'di', 'thi', 'la', 'oi', 'ah', 'nhe', 'vay', 'the', 'gui', 'giao', 'dc', 'duoc',
  // ("hai to thuong, ba tra da, mot dia bot loc": numbers and classifiers typed bare are Vietnamese, whatever "to" is.)
  'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'chuc', 'tram', 'ruoi', 'ly', 'dia', 'phan',
  'goi', 'hop', 'tui', 'chai', 'hu', 'lo', 'thung', 'kg', 'ky', 'can', 'lang',
]);

export function isEnglish(ts: readonly Token[], productWord: (i: number) => boolean): boolean {
  let en = 0;
  let vi = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind !== 'word') continue;
    if (EN_FUNCTION.has(t.low) && !productWord(i)) en++;
    else if (VI_ASCII.has(t.low)) vi++;
  }
  return en >= 2 ? en > vi : en === 1 && vi === 0;
}
