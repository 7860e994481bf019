/** cloc's filters that work on the whole file as one string. */
import { stringArg, type LineFilter } from '../filter-step.ts';
import { commentSpans } from './comment-spans.ts';
import { JoinedText } from './joined-text.ts';

/**
 * `call_regexp_common`: removes every comment matched by Regexp::Common's pattern for the given
 * flavour. For C++ (whose `//` pattern eats the "\n") cloc adds a "\n" after each line that does
 * not end with a backslash, so a removed `// ...` leaves its line's break; a line that ends with
 * a backslash (or that an earlier re-split left without its "\n") is glued to the next one.
 */
export const callRegexpCommon: LineFilter = (lines, args) => {
  const flavor = stringArg(args, 0);
  const joined = new JoinedText();
  for (const line of lines) {
    joined.append(line.text, line.origin);
    if (flavor === 'C++' && !/\\\n?$/.test(line.text)) joined.append('\n', line.origin);
  }
  return joined.splitWithout(commentSpans(joined.toString(), flavor));
};

/** `pre_post_fix`: wraps the whole file in a prefix and a suffix, then re-splits it. */
export const prePostFix: LineFilter = (lines, args) => {
  const first = lines[0]?.origin ?? 0;
  const last = lines[lines.length - 1]?.origin ?? first;
  const joined = new JoinedText();
  joined.append(stringArg(args, 0), first);
  for (const line of lines) joined.append(line.text, line.origin);
  joined.append(stringArg(args, 1), last);
  return joined.splitWithout([]);
};
