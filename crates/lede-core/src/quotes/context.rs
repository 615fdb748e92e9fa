//! The shared view of a document that the quote rules read: tokens, entity
//! mentions, quotes and sentence frames, with small bounded look-ups.

use super::lexicon;
use super::marks::RawQuote;
use super::tokens::{self, Token};
use crate::entities::{Entities, LowerWords, Mention};
use crate::model::Span;
use crate::text::Document;
use std::cell::Cell;

/// How far attribution looks, in tokens, around a quote.
pub(crate) const WINDOW: usize = 60;

/// Everything the rules need, built once per document.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// The first token of each paragraph, then the number of tokens (see
    /// [`tokens::Tokens::paragraph_starts`]).
    paragraph_starts: Vec<u32>,
    /// The paragraph [`Context::paragraph`] found last: the rules ask about
    /// tokens near the quote at hand, nearly always in that paragraph.
    last_paragraph: Cell<usize>,
    pub entities: Entities,
    /// The mention index the last mention look-up found: the rules ask about
    /// mentions near the quote at hand, so searches start there (see
    /// [`partition_near`]).
    last_mention: Cell<usize>,
    /// The first and end tokens of each outer quote, found while marking
    /// the quoted tokens (empty when the quotes overlap or are out of
    /// order), for [`Locator`].
    outer_tokens: Vec<(usize, usize)>,
    /// The content of the quote being attributed (empty between quotes): a
    /// pronoun does not stand for someone that quote names in the third
    /// person (see `speaker::pronoun`).
    pub quote_content: Cell<Span>,
}

/// Finds the token positions of a document's quotes, one quote after
/// another in text order, each just before the rules read around it.
///
/// Why: the searches touch the tokens around the quote; when the rules run
/// right after, those tokens are still in cache. Finding every quote's
/// tokens first, then running the rules, read them twice from memory in a
/// long document.
pub(crate) struct Locator<'c> {
    toks: &'c [Token],
    /// See [`Context::outer_tokens`].
    outer_tokens: &'c [(usize, usize)],
    /// How many outer quotes were located so far.
    outer_done: usize,
    /// The first token of the last quote located: each search starts from
    /// the previous quote's first token.
    hint: usize,
    /// The sentence of the last quote's frame end: the sentence searches
    /// start there (see [`Locator::sentence_at`]).
    sentence_hint: usize,
}

impl Locator<'_> {
    /// The token positions of `q`, the next of the raw quotes of `doc` (in
    /// the order [`marks::pair`](super::marks::pair) gave them).
    pub(crate) fn next(&mut self, doc: &Document, q: &RawQuote) -> QuoteTokens {
        let toks = self.toks;
        // An outer quote's first and end tokens were found while marking.
        let known = if q.depth == 0 {
            self.outer_done += 1;
            self.outer_tokens.get(self.outer_done - 1)
        } else {
            None
        };
        let (first, end) = match known {
            Some(&(first, end)) => (first, end),
            None => {
                let first = token_at(toks, q.inner.start, self.hint);
                (first, token_at(toks, q.inner.end, first))
            }
        };
        self.hint = first;
        let at = |pos: usize| token_at(toks, pos, first);
        // Positions at or after the quote's end, searched from there.
        let after = |pos: usize| token_at(toks, pos, end);
        // The marks are nearly always the tokens right outside the
        // quote (tokens start at increasing bytes: a token starting
        // at the mark is the first at or after it).
        let starts_at = |k: usize, pos: usize| toks.get(k).is_some_and(|t| t.start() == pos);
        let open = q.open_mark.map(|m| match first.checked_sub(1) {
            Some(k) if starts_at(k, m.start) => k,
            _ => at(m.start),
        });
        let close = q.close_mark.map(|m| {
            if starts_at(end, m.start) {
                end
            } else {
                after(m.start)
            }
        });
        let s0 = self
            .sentence_at(doc, q.open_mark.map_or(q.inner.start, |m| m.start))
            .map_or(q.inner.start, |s| doc.sentences()[s].start);
        let s1 = self
            .sentence_at(
                doc,
                q.close_mark
                    .map_or(q.inner.end.saturating_sub(1), |m| m.start),
            )
            .map_or(q.inner.end, |s| doc.sentences()[s].end);
        // The frame usually starts at the opening mark (a quote opening its
        // sentence): the token starting there is the one searched for.
        let s0 = s0.min(q.inner.start);
        let frame_start = match open {
            Some(k) if starts_at(k, s0) => k,
            _ => at(s0),
        };
        QuoteTokens {
            first,
            end,
            open,
            close,
            frame_start,
            frame_end: after(s1.max(q.inner.end)).max(close.map_or(0, |c| c + 1)),
        }
    }
}

impl Locator<'_> {
    /// [`Document::sentence_at`]: the index of the sentence containing byte
    /// `pos`, searched from the last answer (by doubling steps, see
    /// [`partition_near`]).
    ///
    /// Why: quotes come in text order, each a few sentences after the
    /// last; a binary search over every sentence of a long document read
    /// a few cache lines far apart twice per quote.
    fn sentence_at(&mut self, doc: &Document, pos: usize) -> Option<usize> {
        let sentences = doc.sentences();
        let i = partition_near(sentences, self.sentence_hint, |s| s.end <= pos);
        self.sentence_hint = i;
        (i < sentences.len() && sentences[i].start <= pos).then_some(i)
    }
}

/// Token positions of one quote.
#[derive(Clone, Copy, Debug)]
pub(crate) struct QuoteTokens {
    /// First token after the opening mark (or of the quote).
    pub first: usize,
    /// One past the last token before the closing mark.
    pub end: usize,
    /// Token of the opening mark, if any.
    pub open: Option<usize>,
    /// Token of the closing mark, if any.
    pub close: Option<usize>,
    /// First token of the sentence frame (the sentences the quote touches).
    pub frame_start: usize,
    /// One past the last token of the frame.
    pub frame_end: usize,
}

/// The first token of `toks` that starts at or after byte `pos` (as
/// `toks.partition_point(|t| t.span.start < pos)`), searched by doubling steps
/// outward from `hint`, a token index near the answer.
///
/// Why: a document has a token every few bytes and a quote every few hundred;
/// six binary searches over every token per quote were a visible cost, while
/// the tokens of consecutive quotes lie a few dozen apart.
fn token_at(toks: &[Token], pos: usize, hint: usize) -> usize {
    let before = |i: usize| toks[i].start() < pos;
    let n = toks.len();
    let h = hint.min(n);
    let (lo, hi) = if h < n && before(h) {
        // The answer is in h + 1..=n.
        let mut lo = h + 1;
        let mut step = 1;
        while lo + step <= n && before(lo + step - 1) {
            lo += step;
            step *= 2;
        }
        (lo, (lo + step).min(n))
    } else {
        // The answer is in 0..=h.
        let mut hi = h;
        let mut step = 1;
        while hi >= step && !before(hi - step) {
            hi -= step;
            step *= 2;
        }
        (hi.saturating_sub(step), hi)
    };
    lo + toks[lo..hi].partition_point(|t| t.start() < pos)
}

/// The first index of `items` for which `before` is false (as
/// `items.partition_point(before)`; `before` true on a prefix of `items`),
/// searched by doubling steps outward from `hint`, an index near the answer.
///
/// Why: a binary search over every entity mention of a long document reads
/// a few cache lines far apart per look-up, while the mentions a quote's
/// rules ask about lie a few apart, next to the previous answer.
fn partition_near<T>(items: &[T], hint: usize, before: impl Fn(&T) -> bool) -> usize {
    let n = items.len();
    let h = hint.min(n);
    let (lo, hi) = if h < n && before(&items[h]) {
        // The answer is in h + 1..=n.
        let mut lo = h + 1;
        let mut step = 1;
        while lo + step <= n && before(&items[lo + step - 1]) {
            lo += step;
            step *= 2;
        }
        (lo, (lo + step).min(n))
    } else {
        // The answer is in 0..=h.
        let mut hi = h;
        let mut step = 1;
        while hi >= step && !before(&items[hi - step]) {
            hi -= step;
            step *= 2;
        }
        (hi.saturating_sub(step), hi)
    };
    lo + items[lo..hi].partition_point(before)
}

/// Sets `in_quote` on the tokens lying inside an outer quote, token by
/// token, for quotes in any arrangement: each token is judged against the
/// first quote (in order) ending after its start. (Quotes apart and in
/// order, the usual case, are marked by the tokenizer.)
fn mark_quoted_each(toks: &mut [Token], outer: &[&RawQuote]) {
    let mut qi = 0;
    for t in toks.iter_mut() {
        while qi < outer.len() && outer[qi].inner.end <= t.start() {
            qi += 1;
        }
        if qi < outer.len() && outer[qi].inner.contains(t.span()) {
            t.set_in_quote();
        }
    }
}

impl<'a> Context<'a> {
    pub(crate) fn new(doc: &'a Document, raw: &[RawQuote]) -> Context<'a> {
        let text = doc.text();
        // Outer quotes apart and in order (the usual case) are marked by the
        // tokenizer, which also notes their first and end tokens.
        let outer: Vec<&RawQuote> = raw.iter().filter(|q| q.depth == 0).collect();
        let apart = outer.windows(2).all(|w| w[0].inner.end <= w[1].inner.start);
        let quoted: Vec<Span> = if apart {
            outer.iter().map(|q| q.inner).collect()
        } else {
            Vec::new()
        };
        let tokens::Tokens {
            tokens: mut toks,
            caps,
            maybe_names,
            paragraph_starts,
            quoted_tokens: outer_tokens,
        } = tokens::tokenize_all(text, doc.paragraphs(), &quoted);
        if !apart {
            mark_quoted_each(&mut toks, &outer);
        }
        let lower = text.to_ascii_lowercase();
        let lower_words = LowerWords::new(text, &lower, &toks, caps, &maybe_names);
        let entities = Entities::find(text, &lower, &toks, &lower_words);
        Context {
            text,
            toks,
            paragraph_starts,
            last_paragraph: Cell::new(0),
            entities,
            last_mention: Cell::new(0),
            outer_tokens,
            quote_content: Cell::new(Span::new(0, 0)),
        }
    }

    /// The text of token `i`.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span()])
    }

    /// Whether token `i` is a word in the list `list`.
    pub(crate) fn is(&self, i: usize, list: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.bits() & list != 0)
    }

    /// The bytes of token `t` (no char-boundary checks: a token's span is
    /// whole characters).
    #[inline]
    fn bytes(&self, t: &Token) -> &'a [u8] {
        self.text
            .as_bytes()
            .get(t.start()..t.end())
            .unwrap_or_default()
    }

    /// Whether token `i` is the punctuation `p`.
    pub(crate) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.is_word() && self.bytes(t) == p.as_bytes())
    }

    /// Whether token `i` is a lower-case word.
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && !t.capitalised())
    }

    /// Whether token `i` is a quote mark.
    pub(crate) fn is_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            !t.is_word()
                && matches!(
                    self.bytes(t),
                    b"\xe2\x80\x9c" // “
                        | b"\xe2\x80\x9d" // ”
                        | b"\xe2\x80\x98" // ‘
                        | b"\xe2\x80\x99" // ’
                        | b"\""
                        | b"'"
                        | b"\xc2\xab" // «
                        | b"\xc2\xbb" // »
                        | b"\xe2\x80\x9e" // „
                )
        })
    }

    /// Whether token `i` looks like a verb after a subject ("said", "has",
    /// "hailed", "warns").
    pub(crate) fn is_verbish(&self, i: usize) -> bool {
        if !self.is_lower_word(i) {
            return false;
        }
        let w = self.word(i);
        if self.is(i, lexicon::CUE | lexicon::FINITE_VERB) {
            return true;
        }
        if self.is(i, lexicon::FUNCTION_WORD) {
            return false;
        }
        w.ends_with("ed")
    }

    /// Span of tokens `a..=b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start(), self.toks[b].end())
    }

    /// Paragraph of token `i`.
    pub(crate) fn paragraph(&self, i: usize) -> u32 {
        if i >= self.toks.len() {
            return u32::MAX;
        }
        // The last paragraph starting at or before `i` (an empty paragraph
        // starts where the next one does): the one found last, when `i` is
        // in it, else a binary search.
        let starts = &self.paragraph_starts;
        let p = self.last_paragraph.get();
        if let (Some(&a), Some(&b)) = (starts.get(p), starts.get(p + 1)) {
            if a as usize <= i && i < b as usize {
                return p as u32;
            }
        }
        let p = starts
            .partition_point(|&f| f as usize <= i)
            .saturating_sub(1);
        self.last_paragraph.set(p);
        p as u32
    }

    /// Whether tokens `a` and `b` lie in the same paragraph (as
    /// `paragraph(a) == paragraph(b)`).
    pub(crate) fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        if b < self.toks.len() && b - a <= 8 {
            // Close tokens: no paragraph starts in `a + 1..=b`.
            return !self.toks[a + 1..=b].iter().any(Token::starts_paragraph);
        }
        self.paragraph(a) == self.paragraph(b)
    }

    /// The first token of paragraph `p` (the number of tokens for `p` past
    /// the last paragraph).
    pub(crate) fn paragraph_start(&self, p: usize) -> usize {
        self.paragraph_starts
            .get(p)
            .map_or(self.toks.len(), |&f| f as usize)
    }

    /// The first token starting at or after byte `pos` (as
    /// `toks.partition_point(|t| t.start() < pos)`), searched by doubling
    /// steps from token `hint`, which should be near the answer (see
    /// [`token_at`]): the rules ask about spans near the quote at hand.
    pub(crate) fn token_at(&self, pos: usize, hint: usize) -> usize {
        token_at(&self.toks, pos, hint)
    }

    /// A [`Locator`] for the quotes of this document, from the first.
    pub(crate) fn locator(&self) -> Locator<'_> {
        Locator {
            toks: &self.toks,
            outer_tokens: &self.outer_tokens,
            outer_done: 0,
            hint: 0,
            sentence_hint: 0,
        }
    }

    /// The index of the first mention for which `before` is false (a
    /// prefix of the mentions, which are in text order), searched from the
    /// last look-up's answer.
    fn mention_index(&self, before: impl Fn(&Mention) -> bool) -> usize {
        let i = partition_near(&self.entities.mentions, self.last_mention.get(), before);
        self.last_mention.set(i);
        i
    }

    /// The mention whose `end` token (its first or its last: both grow
    /// with the mentions, which never overlap) is token `t`, if any.
    fn mention_with(&self, end: fn(&Mention) -> usize, t: usize) -> Option<&Mention> {
        let i = self.mention_index(|m| end(m) < t);
        self.entities.mentions.get(i).filter(|m| end(m) == t)
    }

    /// The mention whose run ends at token `last`, if any.
    pub(crate) fn mention_ending_at(&self, last: usize) -> Option<&Mention> {
        self.mention_with(|m| m.last_token, last)
    }

    /// The mention whose run starts at token `first`, if any.
    pub(crate) fn mention_starting_at(&self, first: usize) -> Option<&Mention> {
        self.mention_with(|m| m.first_token, first)
    }

    /// The mention covering token `t`, if any.
    pub(crate) fn mention_covering(&self, t: usize) -> Option<&Mention> {
        let i = self.mention_index(|m| m.last_token < t);
        self.entities.mentions.get(i).filter(|m| m.first_token <= t)
    }

    /// Mentions whose run lies in tokens `from..to`.
    pub(crate) fn mentions_in(&self, from: usize, to: usize) -> &[Mention] {
        let a = self.mention_index(|m| m.first_token < from);
        let b = self.mention_index(|m| m.first_token < to);
        &self.entities.mentions[a..b.max(a)]
    }

    /// The first and one-past-last token of the paragraph around token `i`
    /// (`(n, i)` for `i` at or past the `n` tokens).
    pub(crate) fn paragraph_tokens(&self, i: usize) -> (usize, usize) {
        let n = self.toks.len();
        if i >= n {
            return (n, i);
        }
        let p = self.paragraph(i) as usize;
        (self.paragraph_start(p), self.paragraph_start(p + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::token_at;
    use crate::model::Span;
    use crate::quotes::tokens::{tokenize, tokenize_all};
    use crate::text::Document;

    /// Checks that the search from every hint finds what a binary search
    /// over all tokens of `text` finds, for every byte position.
    fn check(text: &str) {
        let doc = Document::new(text);
        let toks = tokenize(doc.text(), doc.paragraphs());
        for pos in 0..=text.len() + 1 {
            let expected = toks.partition_point(|t| t.start() < pos);
            for hint in 0..=toks.len() + 2 {
                assert_eq!(
                    token_at(&toks, pos, hint),
                    expected,
                    "pos {pos} hint {hint}"
                );
            }
        }
    }

    /// Checks the tokenizer's marking of the spans `quoted` (apart, in
    /// order) against a token-by-token scan and binary searches.
    fn check_marked(doc: &Document, quoted: &[Span]) {
        let all = tokenize_all(doc.text(), doc.paragraphs(), quoted);
        let toks = &all.tokens;
        // In quote: the first span ending after the token's start holds it.
        let mut qi = 0;
        for t in toks {
            while qi < quoted.len() && quoted[qi].end <= t.start() {
                qi += 1;
            }
            let inside = qi < quoted.len() && quoted[qi].contains(t.span());
            assert_eq!(t.in_quote(), inside, "{:?} in {quoted:?}", t.span());
        }
        assert_eq!(all.quoted_tokens.len(), quoted.len());
        for (q, &(first, end)) in quoted.iter().zip(&all.quoted_tokens) {
            assert_eq!(
                first,
                toks.partition_point(|t| t.start() < q.start),
                "{q:?}"
            );
            assert_eq!(end, toks.partition_point(|t| t.start() < q.end), "{q:?}");
        }
    }

    #[test]
    fn quoted_tokens_marked_by_the_tokenizer_agree_with_the_token_scan() {
        let text = "“We won,” she said. He said \"it was 'hard' work\" and “more.\n\n\
                    “Part two” ran on. “Unclosed at the end";
        let doc = Document::new(text);
        let raw = super::super::marks::pair(&doc);
        let outer: Vec<_> = raw.iter().filter(|q| q.depth == 0).collect();
        assert!(outer.len() >= 3);
        let quoted: Vec<Span> = outer.iter().map(|q| q.inner).collect();
        check_marked(&doc, &quoted);
        // The same marks as the scan for quotes in any arrangement.
        let mut each = tokenize(doc.text(), doc.paragraphs());
        super::mark_quoted_each(&mut each, &outer);
        assert_eq!(
            tokenize_all(doc.text(), doc.paragraphs(), &quoted).tokens,
            each
        );
        assert!(each.iter().any(|t| t.in_quote()));
        // Every pair of apart spans over the character boundaries, empty
        // ones and ones touching each other or the ends included.
        let text = "Ab “cd,” ef.\n\nGh ‘ij’ k";
        let doc = Document::new(text);
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        check_marked(&doc, &[]);
        for (i, &a) in cuts.iter().enumerate() {
            for (j, &b) in cuts.iter().enumerate().skip(i) {
                check_marked(&doc, &[Span::new(a, b)]);
                for &c in cuts.iter().skip(j).step_by(3) {
                    check_marked(&doc, &[Span::new(a, b), Span::new(b, c)]);
                    check_marked(&doc, &[Span::new(a, b), Span::new(c, text.len())]);
                }
            }
        }
    }

    #[test]
    fn paragraph_lookups_agree_with_the_paragraph_spans() {
        let text = "“We won,” she said.\n\nA second paragraph, with words.\n\n\n\
                    “Third,” he said. More.\n“\n\nLast one";
        let doc = Document::new(text);
        let raw = super::super::marks::pair(&doc);
        let ctx = super::Context::new(&doc, &raw);
        let n = ctx.toks.len();
        // Paragraph of each token from the spans, the slow way.
        let slow: Vec<u32> = ctx
            .toks
            .iter()
            .map(|t| {
                let p = doc.paragraphs().iter().position(|p| p.contains(t.span()));
                p.map_or(u32::MAX, |p| p as u32)
            })
            .collect();
        assert!(slow.iter().max().is_some_and(|&p| p >= 3));
        // In every order, so the remembered paragraph is both hit and missed.
        for i in (0..n).chain((0..n).rev()).chain([n, n + 5]) {
            let expected = slow.get(i).copied().unwrap_or(u32::MAX);
            assert_eq!(ctx.paragraph(i), expected, "token {i}");
            let (a, b) = ctx.paragraph_tokens(i);
            if i < n {
                assert!(a <= i && i < b, "token {i}: {a}..{b}");
                assert!((a..b).all(|k| slow[k] == expected));
                assert!(a == 0 || slow[a - 1] != expected);
                assert!(b == n || slow[b] != expected);
            }
            for j in 0..n + 2 {
                let same = slow.get(i).copied().unwrap_or(u32::MAX)
                    == slow.get(j).copied().unwrap_or(u32::MAX);
                assert_eq!(ctx.same_paragraph(i, j), same, "tokens {i} {j}");
            }
        }
    }

    #[test]
    fn sentence_searches_from_the_last_answer_agree_with_the_document() {
        let text = "“We won,” she said. Mr. Diaz agreed! Did he?\n\nA second paragraph… \
                    with words.\n\n\nLast one";
        let doc = Document::new(text);
        assert!(doc.sentences().len() >= 5);
        let raw = super::super::marks::pair(&doc);
        let ctx = super::Context::new(&doc, &raw);
        let mut locator = ctx.locator();
        let n = text.len() + 2;
        // In every order, so the hint is before, at and after the answer.
        for pos in (0..n).chain((0..n).rev()).chain((0..n).map(|i| i * 7 % n)) {
            assert_eq!(
                locator.sentence_at(&doc, pos),
                doc.sentence_at(pos),
                "{pos}"
            );
        }
    }

    #[test]
    fn near_partitions_agree_with_partition_point() {
        let items = [1, 1, 3, 4, 4, 4, 7, 9, 9, 12];
        for x in 0..14 {
            let expected = items.partition_point(|&v| v < x);
            for hint in 0..items.len() + 3 {
                assert_eq!(super::partition_near(&items, hint, |&v| v < x), expected);
            }
        }
        assert_eq!(super::partition_near(&[] as &[u32], 3, |&v| v < 1), 0);
    }

    #[test]
    fn mention_lookups_agree_with_binary_searches() {
        let text = "Prime Minister Ana Diaz met Tom Ruiz and Mr Ruiz in Paris. \
                    “We won,” Ms Diaz said. The Prime Minister said Sir Keir Starmer and \
                    Bob Lee agreed.\n\nLater, Ana Diaz told Lee: “Fine.” Tom Ruiz left.";
        let doc = Document::new(text);
        let raw = super::super::marks::pair(&doc);
        let ctx = super::Context::new(&doc, &raw);
        let ms = &ctx.entities.mentions;
        assert!(ms.len() >= 6, "{ms:?}");
        // Mentions come from disjoint runs, in order: the searched
        // conditions hold on a prefix.
        assert!(ms.windows(2).all(|w| w[0].last_token < w[1].first_token));
        let n = ctx.toks.len();
        for k in (0..n + 2).chain((0..n + 2).rev()).chain([5, 40, 2, n, 0]) {
            let i = ms.partition_point(|m| m.last_token < k);
            let ending = ms.get(i).filter(|m| m.last_token == k);
            assert_eq!(ctx.mention_ending_at(k), ending, "token {k}");
            let covering = ms.get(i).filter(|m| m.first_token <= k);
            assert_eq!(ctx.mention_covering(k), covering, "token {k}");
            let i = ms.partition_point(|m| m.first_token < k);
            let starting = ms.get(i).filter(|m| m.first_token == k);
            assert_eq!(ctx.mention_starting_at(k), starting, "token {k}");
            for to in [0, k / 2, k + 3, n + 9] {
                let a = ms.partition_point(|m| m.first_token < k);
                let b = ms.partition_point(|m| m.first_token < to);
                assert_eq!(ctx.mentions_in(k, to), &ms[a..b.max(a)], "{k}..{to}");
            }
        }
    }

    #[test]
    fn searches_from_any_hint_agree_with_a_binary_search() {
        check("“We won,” she said. The mayor, Ana Diaz, agreed.\n\nA new paragraph here.");
        check("One");
        check("");
    }
}
