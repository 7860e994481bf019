/**
 * Both files cut into lines (records) as xdiff does: each ends after its '\n', the last one
 * possibly without. Equal lines share a class number, so the diff compares small integers; a
 * missing final newline makes a different line, which is why git counts it as changed.
 */
export interface ClassifiedFiles {
  classes1: Int32Array;
  classes2: Int32Array;
  /** Per class: how many lines of file 1 (resp. file 2) belong to it. */
  countIn1: Int32Array;
  countIn2: Int32Array;
}

export function classifyLines(file1: Uint8Array, file2: Uint8Array): ClassifiedFiles {
  const ids = new Map<string, number>();
  const counts1: number[] = [];
  const counts2: number[] = [];
  const classes1 = classify(file1, ids, counts1, counts2);
  const classes2 = classify(file2, ids, counts2, counts1);
  const size = ids.size;
  return {
    classes1,
    classes2,
    countIn1: Int32Array.from({ length: size }, (_, id) => counts1[id] ?? 0),
    countIn2: Int32Array.from({ length: size }, (_, id) => counts2[id] ?? 0),
  };
}

function classify(
  file: Uint8Array,
  ids: Map<string, number>,
  counts: number[],
  otherCounts: number[],
): Int32Array {
  const text = Buffer.from(file.buffer, file.byteOffset, file.length);
  const classes: number[] = [];
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf(0x0a, start);
    const end = newline === -1 ? text.length : newline + 1;
    // latin1 maps bytes to characters one to one, so equal strings mean equal bytes.
    const line = text.toString('latin1', start, end);
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
      otherCounts[id] = 0;
    }
    counts[id] = (counts[id] ?? 0) + 1;
    classes.push(id);
    start = end;
  }
  return Int32Array.from(classes);
}
