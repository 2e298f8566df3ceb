// A readable diff of two texts, word by word: the longest common subsequence of their words (and
// the spaces between), so a changed word shows as one word struck and one inserted rather than the
// whole text replaced. Texts here are at most a few thousand characters; past a size where the
// table would be large, the diff is the whole text removed and the new one inserted.

export type DiffPart = { type: "same" | "removed" | "added"; text: string };

const MAX_CELLS = 4_000_000;

/**
 * Joins the parts into runs: unchanged text, then each stretch of changes as what was removed and
 * what was added. A space alone between two changes joins the stretch (it belongs to both sides),
 * so "Hanoi" → "Hai Phong" reads as one replacement, not as "Hai", a kept space and "Phong".
 */
function merge(parts: DiffPart[]): DiffPart[] {
  const pieces = parts.filter((part) => part.text);
  const merged: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) merged.push({ type: "removed", text: removed });
    if (added) merged.push({ type: "added", text: added });
    removed = added = "";
  };
  pieces.forEach((part, index) => {
    const next = pieces[index + 1];
    const betweenChanges = part.type === "same" && /^\s+$/.test(part.text) && Boolean(removed || added) && next !== undefined && next.type !== "same";
    if (part.type === "removed") removed += part.text;
    else if (part.type === "added") added += part.text;
    else if (betweenChanges) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      const last = merged.at(-1);
      if (last?.type === "same") last.text += part.text;
      else merged.push({ ...part });
    }
  });
  flush();
  return merged;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return merge([{ type: "same", text: before }]);
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  // Common head and tail first: most edits touch a few words in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [{ type: "same", text: a.slice(0, head).join("") }];
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    parts.push({ type: "removed", text: x.join("") }, { type: "added", text: y.join("") });
  } else {
    // lengths[i][j]: the longest common subsequence of x[i..] and y[j..].
    const width = y.length + 1;
    const lengths = new Uint32Array((x.length + 1) * width);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lengths[i * width + j] = x[i] === y[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] === y[j]) {
        parts.push({ type: "same", text: x[i]! });
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) parts.push({ type: "removed", text: x[i++]! });
      else parts.push({ type: "added", text: y[j++]! });
    }
    while (i < x.length) parts.push({ type: "removed", text: x[i++]! });
    while (j < y.length) parts.push({ type: "added", text: y[j++]! });
  }
  parts.push({ type: "same", text: a.slice(a.length - tail).join("") });
  return merge(parts);
}
