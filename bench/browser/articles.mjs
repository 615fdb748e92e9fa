// Builds long news-like articles of a given word count for the browser
// benchmarks. The sentences are written for Lede's benchmarks (varied numbers,
// quotes and speakers), never copied from a corpus.
const speakers = ['Amina Okafor', 'Tom Hale', 'Peter Lindqvist', 'Grace Mensah', 'the minister'];
const verbs = ['said', 'told reporters', 'added', 'warned', 'insisted'];

function paragraph(i) {
  const n = (i * 37) % 900 + 10;
  const pct = (i * 7) % 60 + 5;
  const who = speakers[i % speakers.length];
  const verb = verbs[(i * 3) % verbs.length];
  const parts = [
    `The council approved £${n}m for ${n % 40 + 2} new schools in district ${i % 12 + 1}, after about ${n * 3} families asked for more places.`,
    `“We will finish the work by ${2026 + (i % 9)} and nobody will be left behind,” ${who} ${verb} on Tuesday.`,
    `Costs have risen by more than ${pct}% since March, and nearly two thirds of the projects are late.`,
    `Critics called the plan “a ${i % 2 ? 'paper promise' : 'missed chance'}”, but officials said ${n % 50 + 3} contracts were already signed.`,
  ];
  return parts.slice(0, 2 + (i % 3)).join(' ');
}

/** An article of about `words` words, paragraphs separated by newlines. */
export function article(words) {
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraph(i);
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}
