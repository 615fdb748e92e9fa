// Builds the plain JavaScript objects of a Lede JSON v1 export from the flat
// data that src/objects.rs writes (see there for the layout). The objects and
// their keys are exactly those JSON.parse gives for the export's JSON text
// (same keys in the same order, null where JSON has null, a key left out
// where JSON leaves it out); the node test checks this.
//
// Why: one call that reads two typed arrays and one string builds the whole
// file, where serde-wasm-bindgen crosses the wasm boundary once per field and
// string, and JSON.parse first needs the whole JSON text made and decoded.

/**
 * @param {string} blob every distinct string of the file, concatenated
 * @param {Uint32Array} ends end of each string in `blob` (UTF-16 units)
 * @param {Float64Array} data numbers and string indices (-1 = null), in order
 */
export function buildFile(blob, ends, data) {
  const table = new Array(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i];
    table[i] = blob.slice(from, to);
    from = to;
  }
  let p = 0;
  const num = () => {
    const x = data[p++];
    return Number.isNaN(x) ? null : x;
  };
  const str = () => {
    const i = data[p++];
    return i < 0 ? null : table[i];
  };
  const span = () => (data[p++] ? { start: data[p++], end: data[p++] } : null);

  const format = str();
  const version = data[p++];
  const document = { id: str() };
  const title = str();
  if (title !== null) document.title = title;
  document.text = str();
  document.length = data[p++];
  const count = data[p++];
  const annotations = new Array(count);
  for (let i = 0; i < count; i++) {
    const a = {
      id: str(),
      kind: str(),
      start: data[p++],
      end: data[p++],
      text: str(),
      origin: str(),
      status: str(),
      confidence: num(),
    };
    const details = data[p++];
    if (details & 1) {
      const figure = {
        value: num(),
        value_high: num(),
        qualifier: str(),
        unit: str(),
        kind: str(),
        display: str(),
      };
      const iso = str();
      if (iso !== null) figure.iso = iso;
      a.figure = figure;
    }
    if (details & 2) {
      const quote = {
        style: str(),
        speaker: str(),
        speaker_mention: str(),
        speaker_span: span(),
        cue: str(),
        cue_span: span(),
      };
      const marks = str();
      if (marks !== null) quote.marks = marks;
      a.quote = quote;
    }
    if (details & 4) {
      const score = num();
      const kind = str();
      const reasons = new Array(data[p++]);
      for (let r = 0; r < reasons.length; r++) reasons[r] = str();
      a.claim = { score, kind, reasons };
    }
    if (details & 8) {
      a.entity = { name: str(), entity_kind: str() };
    }
    annotations[i] = a;
  }
  return { format, version, document, annotations };
}
