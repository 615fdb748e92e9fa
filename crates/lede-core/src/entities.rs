//! Entities: people, organisations and places named in the text, clustered
//! so that every mention of one person maps to one canonical name.
//!
//! # What it does
//! Finds runs of capitalised words outside quotes ("French President
//! Emmanuel Macron", "Downing Street", "Sir Keir") and splits each into a job
//! title ("French President"), honorifics ("Sir") and the name proper. Names
//! are then clustered:
//! - a full name ("Keir Starmer") is its own canonical name; a surname alone
//!   ("Starmer", "Mr Starmer") joins the full name with that surname, and a
//!   first name after an honorific ("Sir Keir") the full name with that first
//!   name;
//! - surnames are compared after folding transliteration variants
//!   (Zelenskiy / Zelenskyy / Zelensky);
//! - job titles seen before a name ("Prime Minister Keir Starmer") let a bare
//!   title ("the Prime Minister") stand for that person; with several holders
//!   the most mentioned one wins;
//! - an organisation's acronym in brackets after its name is an alias.
//!
//! # Why
//! Attribution must give the speaker's full name however the article refers
//! to them, and the app shows who is quoted.
//!
//! # Example
//! "Sir Keir Starmer met Volodymyr Zelenskiy. Zelensky thanked the Prime
//! Minister." → `Keir Starmer` (mentions "Sir Keir Starmer", "Prime Minister")
//! and `Volodymyr Zelenskiy` (mentions "Volodymyr Zelenskiy", "Zelensky").

use crate::model::{Annotation, Detail, Entity, EntityKind, Span};
use crate::quotes::lexicon;
use crate::quotes::tokens::{self, Token};
use std::collections::HashMap;

/// One entity: a canonical name and its kind.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    /// Canonical name.
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Number of mentions.
    pub mentions: usize,
    /// Office held, when a title was seen before the name ("prime minister").
    pub office: Option<String>,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The mention as a speaker mention: honorifics and name, no job title
    /// ("Sir Tony Radakin"); for a bare title, the title ("Prime Minister").
    pub span: Span,
    /// Index of the entity in [`Entities::entities`].
    pub entity: usize,
    /// First token of the whole run (job title included).
    pub(crate) first_token: usize,
    /// Last token of the run.
    pub(crate) last_token: usize,
}

/// The entities of a document and their mentions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    /// Entities, in order of first mention.
    pub entities: Vec<EntityInfo>,
    /// Mentions, sorted by start.
    pub mentions: Vec<Mention>,
    /// Office key ("prime minister") → entity, the most mentioned holder.
    offices: HashMap<String, usize>,
}

/// A parsed run of capitalised words.
struct Run {
    first: usize,
    last: usize,
    /// Index of the first name token (after titles and honorifics).
    core: usize,
    /// Index of the first honorific, if any (else `core`).
    honorific: usize,
    /// Office key from the title words before the name.
    office: Option<String>,
    kind: Option<EntityKind>,
    /// Only a title ("the Prime Minister").
    title_only: bool,
}

/// Folds a surname for comparison: lower case, transliteration endings
/// unified ("Zelenskiy", "Zelenskyy" → "zelensky").
pub(crate) fn surname_key(word: &str) -> String {
    let w = lexicon::strip_possessive(word).to_lowercase();
    for (from, to) in [("iy", "y"), ("yy", "y"), ("ii", "i")] {
        if let Some(stem) = w.strip_suffix(from) {
            return format!("{stem}{to}");
        }
    }
    w
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "for"
            | "de"
            | "von"
            | "van"
            | "der"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "du"
            | "da"
            | "del"
            | "and"
    )
}

fn is_acronym(word: &str) -> bool {
    let w = lexicon::strip_possessive(word);
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

impl Entities {
    /// Finds and clusters the entities of `text`, given its tokens.
    pub(crate) fn find(text: &str, toks: &[Token], lower_words: &LowerWords) -> Entities {
        let runs = find_runs(text, toks, lower_words);
        let mut ents = Entities::default();
        // Pass 1: full person names, organisations, places.
        let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        let mut office_counts: HashMap<String, Vec<usize>> = HashMap::new();
        let mut resolved: Vec<Option<usize>> = vec![None; runs.len()];
        for (ri, run) in runs.iter().enumerate() {
            if run.title_only {
                continue;
            }
            let core_len = run.last + 1 - run.core;
            let kind = run.kind.unwrap_or(EntityKind::Person);
            if kind == EntityKind::Person && core_len < 2 {
                continue;
            }
            let name = name_of(text, toks, run.core, run.last);
            let key = if kind == EntityKind::Person {
                // Same surname and first name → same person.
                let sur = surname_key(&text[toks[run.last].span]);
                let first = text[toks[run.core].span].to_lowercase();
                format!("p:{first} {sur}")
            } else {
                format!("o:{}", name.to_lowercase())
            };
            let id = *by_name.entry(key).or_insert_with(|| {
                ents.entities.push(EntityInfo {
                    name: name.clone(),
                    kind,
                    mentions: 0,
                    office: None,
                });
                ents.entities.len() - 1
            });
            if kind == EntityKind::Person {
                let sur = surname_key(&text[toks[run.last].span]);
                let list = by_surname.entry(sur).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
                // Prefer the longest spelling as canonical.
                if name.split(' ').count() > ents.entities[id].name.split(' ').count() {
                    ents.entities[id].name = name;
                }
            }
            if let Some(office) = &run.office {
                office_counts.entry(office.clone()).or_default().push(id);
                ents.entities[id].office = Some(office.clone());
            }
            resolved[ri] = Some(id);
            // "United Nations Economic Commission for Europe (UNECE)".
            if let (Some(open), Some(acr), Some(close)) = (
                toks.get(run.last + 1),
                toks.get(run.last + 2),
                toks.get(run.last + 3),
            ) {
                if &text[open.span] == "("
                    && &text[close.span] == ")"
                    && is_acronym(&text[acr.span])
                {
                    by_name.insert(format!("o:{}", text[acr.span].to_lowercase()), id);
                }
            }
        }
        // First names of full person names ("Sir Keir").
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, e) in ents.entities.iter().enumerate() {
            if e.kind == EntityKind::Person {
                if let Some(first) = e.name.split(' ').next() {
                    by_first.entry(first.to_lowercase()).or_default().push(id);
                }
            }
        }
        // Pass 2: short names; titles wait for the counts.
        let mut last_seen: Vec<usize> = Vec::new();
        let mut titles: Vec<usize> = Vec::new();
        for (ri, run) in runs.iter().enumerate() {
            let id = if let Some(id) = resolved[ri] {
                id
            } else if run.title_only {
                // Resolved below, once every name has been counted.
                titles.push(ri);
                continue;
            } else {
                let word = lexicon::strip_possessive(&text[toks[run.core].span]);
                let sur = surname_key(word);
                let has_honorific = run.honorific < run.core;
                let from_surname = by_surname.get(&sur).map(|ids| pick_recent(ids, &last_seen));
                let from_first = by_first
                    .get(&word.to_lowercase())
                    .map(|ids| pick_recent(ids, &last_seen));
                let found = if has_honorific && is_first_name_honorific(text, toks, run.honorific) {
                    from_first.or(from_surname)
                } else {
                    from_surname.or(from_first)
                };
                match found {
                    Some(id) => id,
                    None => {
                        let kind = run
                            .kind
                            .unwrap_or(if has_honorific || run.office.is_some() {
                                EntityKind::Person
                            } else {
                                EntityKind::Organisation
                            });
                        let key = if kind == EntityKind::Person {
                            format!("p:{sur}")
                        } else {
                            format!("o:{}", word.to_lowercase())
                        };
                        *by_name.entry(key).or_insert_with(|| {
                            ents.entities.push(EntityInfo {
                                name: word.to_string(),
                                kind,
                                mentions: 0,
                                office: run.office.clone(),
                            });
                            ents.entities.len() - 1
                        })
                    }
                }
            };
            ents.entities[id].mentions += 1;
            last_seen.push(id);
            ents.push_mention(text, toks, run, id);
        }
        let mut offices: Vec<(&String, &Vec<usize>)> = office_counts.iter().collect();
        offices.sort();
        for (office, ids) in offices {
            let best = ids
                .iter()
                .copied()
                .max_by_key(|&id| (ents.entities[id].mentions, std::cmp::Reverse(id)));
            if let Some(id) = best {
                ents.offices.insert(office.clone(), id);
            }
        }
        for ri in titles {
            let run = &runs[ri];
            let Some(id) = run
                .office
                .as_ref()
                .and_then(|o| ents.offices.get(o))
                .copied()
            else {
                continue;
            };
            ents.entities[id].mentions += 1;
            ents.push_mention(text, toks, run, id);
        }
        ents.mentions.sort_by_key(|m| m.first_token);
        ents
    }

    fn push_mention(&mut self, text: &str, toks: &[Token], run: &Run, id: usize) {
        let start = if run.title_only {
            first_title_token(text, toks, run)
        } else {
            run.honorific
        };
        let end_tok = &toks[run.last];
        let end_word = lexicon::strip_possessive(&text[end_tok.span]);
        self.mentions.push(Mention {
            span: Span::new(toks[start].span.start, end_tok.span.start + end_word.len()),
            entity: id,
            first_token: run.first,
            last_token: run.last,
        });
    }

    /// The entity holding `office` ("prime minister"), the most mentioned
    /// holder when several were named.
    pub(crate) fn office_holder(&self, office: &str) -> Option<usize> {
        self.offices.get(office).copied()
    }

    /// The mention whose run ends at token `last`, if any.
    pub(crate) fn mention_ending_at(&self, last: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.last_token < last);
        self.mentions.get(i).filter(|m| m.last_token == last)
    }

    /// The mention whose run starts at token `first`, if any.
    pub(crate) fn mention_starting_at(&self, first: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.first_token < first);
        self.mentions.get(i).filter(|m| m.first_token == first)
    }

    /// The mention covering token `t`, if any.
    pub(crate) fn mention_covering(&self, t: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.last_token < t);
        self.mentions.get(i).filter(|m| m.first_token <= t)
    }

    /// Mentions whose run lies in tokens `from..to`.
    pub(crate) fn mentions_in(&self, from: usize, to: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.first_token < from);
        let b = self.mentions.partition_point(|m| m.first_token < to);
        &self.mentions[a..b.max(a)]
    }

    /// Entity annotations, one per mention.
    pub fn annotations(&self) -> Vec<Annotation> {
        self.mentions
            .iter()
            .map(|m| {
                let e = &self.entities[m.entity];
                Annotation {
                    span: m.span,
                    confidence: 0.6,
                    detail: Detail::Entity(Entity {
                        name: e.name.clone(),
                        entity_kind: e.kind,
                    }),
                }
            })
            .collect()
    }
}

/// Among `ids`, the one mentioned most recently (by `last_seen`), else the
/// first.
fn pick_recent(ids: &[usize], last_seen: &[usize]) -> usize {
    for &id in last_seen.iter().rev().take(200) {
        if ids.contains(&id) {
            return id;
        }
    }
    ids[0]
}

/// "Sir", "Dame", "Lord", "Lady" go with a first name ("Sir Keir").
fn is_first_name_honorific(text: &str, toks: &[Token], at: usize) -> bool {
    matches!(
        lexicon::strip_possessive(&text[toks[at].span]),
        "Sir" | "Dame" | "Lord" | "Lady"
    )
}

fn first_title_token(text: &str, toks: &[Token], run: &Run) -> usize {
    let mut i = run.first;
    while i < run.last && tokens::is(text, &toks[i], lexicon::is_not_name) {
        i += 1;
    }
    i
}

/// Name tokens `from..=to` joined by single spaces, without a final
/// possessive.
fn name_of(text: &str, toks: &[Token], from: usize, to: usize) -> String {
    let mut s = String::new();
    for (k, t) in toks[from..=to].iter().enumerate() {
        let w = &text[t.span];
        if !t.is_word {
            s.push_str(w);
            continue;
        }
        if k > 0 {
            s.push(' ');
        }
        s.push_str(if from + k == to {
            lexicon::strip_possessive(w)
        } else {
            w
        });
    }
    s
}

/// Lower-case words of a document, to tell a sentence-initial common word
/// ("Defence chiefs …") from a name.
#[derive(Default)]
pub(crate) struct LowerWords {
    set: std::collections::HashSet<String>,
}

impl LowerWords {
    /// Collects the lower-case words of `text`.
    pub(crate) fn new(text: &str, toks: &[Token]) -> LowerWords {
        let mut set = std::collections::HashSet::new();
        for t in toks {
            if t.is_word && !t.capitalised {
                let w = &text[t.span];
                if w.starts_with(|c: char| c.is_lowercase()) && !set.contains(w) {
                    set.insert(w.to_string());
                }
            }
        }
        LowerWords { set }
    }

    fn contains_lower(&self, word: &str) -> bool {
        self.set.contains(&word.to_lowercase())
    }
}

/// True when token `i` starts a sentence (first word of its paragraph, or
/// after `.`, `!`, `?`, `:` or an opening quote).
fn starts_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0 || toks[i - 1].paragraph != toks[i].paragraph {
        return true;
    }
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = &toks[j];
        if t.paragraph != toks[i].paragraph {
            return true;
        }
        if t.is_word {
            return false;
        }
        let s = &text[t.span];
        if matches!(s, "." | "!" | "?" | ":" | "…") {
            return true;
        }
        if !matches!(
            s,
            "“" | "‘" | "\"" | "'" | "”" | "’" | "(" | "—" | "–" | "-" | "|"
        ) {
            return false;
        }
    }
    true
}

fn find_runs(text: &str, toks: &[Token], lower_words: &LowerWords) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.is_word || !t.capitalised || t.in_quote {
            i += 1;
            continue;
        }
        // Extend the run over capitalised words, connectors between them and
        // the dot of an initial; stop after a possessive.
        let first = i;
        let mut last = i;
        let mut j = i;
        loop {
            if lexicon::is_possessive(&text[toks[j].span]) {
                break;
            }
            let Some(n) = toks.get(j + 1) else { break };
            if n.paragraph != t.paragraph || n.in_quote {
                break;
            }
            let nw = &text[n.span];
            if n.is_word && n.capitalised {
                j += 1;
                last = j;
                continue;
            }
            if nw == "." && text[toks[j].span].chars().count() == 1 && toks[j].capitalised {
                // "John F. Kennedy"
                if toks.get(j + 2).is_some_and(|m| m.is_word && m.capitalised) {
                    j += 2;
                    last = j;
                    continue;
                }
                break;
            }
            if n.is_word
                && is_connector(nw)
                && nw != "and"
                && toks
                    .get(j + 2)
                    .is_some_and(|m| m.is_word && m.capitalised && m.paragraph == t.paragraph)
            {
                j += 2;
                last = j;
                continue;
            }
            break;
        }
        i = last + 1;
        if let Some(run) = parse_run(text, toks, first, last, lower_words) {
            runs.push(run);
        }
    }
    runs
}

fn parse_run(
    text: &str,
    toks: &[Token],
    first: usize,
    last: usize,
    lower_words: &LowerWords,
) -> Option<Run> {
    let is = |k: usize, f: fn(&str) -> bool| tokens::is(text, &toks[k], f);
    // Leading function words ("The White House", "But Starmer").
    let mut a = first;
    while a <= last && toks[a].is_word && is(a, lexicon::is_not_name) && !is(a, is_connector_only) {
        a += 1;
    }
    if a > last {
        return None;
    }
    // A sentence-initial word also written in lower case is a common word,
    // unless more capitalised words follow ("Defence chiefs").
    if a == last && starts_sentence(text, toks, a) {
        let w = lexicon::strip_possessive(&text[toks[a].span]);
        if lower_words.contains_lower(w) && !is(a, lexicon::is_place) {
            return None;
        }
    }
    if a == last && (is(a, lexicon::is_generic_plural) || is(a, lexicon::is_organisation_noun)) {
        return None;
    }
    // Title words (and lower-case ones just before the run: "envoy Steve
    // Witkoff") give the office.
    let mut b = a;
    let mut office: Option<String> = None;
    let mut qualifier: Option<String> = None;
    while b <= last
        && (is(b, lexicon::is_role_word) || is(b, lexicon::is_nationality))
        && !is(b, lexicon::is_honorific)
    {
        let w = text[toks[b].span].to_lowercase();
        if lexicon::is_office(&w) {
            office = Some(match qualifier.take() {
                Some(q) => format!("{q} {w}"),
                None => w,
            });
        } else if matches!(
            w.as_str(),
            "prime" | "foreign" | "home" | "vice" | "deputy" | "shadow" | "defence" | "defense"
        ) {
            qualifier = Some(w);
        } else {
            qualifier = None;
        }
        b += 1;
    }
    if office.is_none() && a > 0 && a == first {
        // "natural resources minister Yuri Trutnev", "envoy Steve Witkoff".
        let p = &toks[a - 1];
        if p.is_word && !p.capitalised && p.paragraph == toks[a].paragraph {
            let w = text[p.span].to_lowercase();
            if lexicon::is_office(&w) {
                office = Some(w);
            }
        }
    }
    if b > last {
        // Only title words: a bare title ("the Prime Minister") or an
        // acronym / place made of them ("NATO", "US").
        if office.is_some() {
            return Some(Run {
                first,
                last,
                core: last,
                honorific: last,
                office,
                kind: Some(EntityKind::Person),
                title_only: true,
            });
        }
        b = a;
    }
    // "Peter Ainsworth MP": a post-nominal is not part of the name.
    let mut last = last;
    if last > b
        && matches!(
            lexicon::strip_possessive(&text[toks[last].span]),
            "MP" | "MEP" | "MSP" | "QC" | "KC" | "AM" | "Jr" | "Sr"
        )
    {
        last -= 1;
    }
    let mut core = b;
    while core < last && is(core, lexicon::is_honorific) {
        core += 1;
    }
    let honorific = b;
    if core > last || (core == last && is(core, lexicon::is_honorific)) {
        return None;
    }
    let last_word = lexicon::strip_possessive(&text[toks[last].span]);
    let kind = if is(last, lexicon::is_organisation_word) || is_acronym(last_word) {
        Some(EntityKind::Organisation)
    } else if core == last && is(core, lexicon::is_place) {
        Some(EntityKind::Place)
    } else if honorific < core || office.is_some() || last > core {
        Some(EntityKind::Person)
    } else {
        None
    };
    Some(Run {
        first: a,
        last,
        core,
        honorific,
        office,
        kind,
        title_only: false,
    })
}

fn is_connector_only(w: &str) -> bool {
    matches!(w, "of" | "for")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// Lists `mention=canonical` for every mention of `text`.
    fn check(text: &str, expected: &[&str]) {
        let doc = Document::new(text);
        let toks = tokens::tokenize(doc.text(), doc.paragraphs());
        let lower = LowerWords::new(doc.text(), &toks);
        let ents = Entities::find(doc.text(), &toks, &lower);
        let got: Vec<String> = ents
            .mentions
            .iter()
            .map(|m| format!("{}={}", &text[m.span], ents.entities[m.entity].name))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn honorifics_titles_and_variants() {
        check(
            "Prime Minister Ana Diaz met Ukrainian President Volodymyr Zelenskiy. \
             Zelensky thanked Ms Diaz. The Prime Minister agreed.",
            &[
                "Ana Diaz=Ana Diaz",
                "Volodymyr Zelenskiy=Volodymyr Zelenskiy",
                "Zelensky=Volodymyr Zelenskiy",
                "Ms Diaz=Ana Diaz",
                "Prime Minister=Ana Diaz",
            ],
        );
    }

    #[test]
    fn first_name_after_sir_and_organisations() {
        check(
            "Sir Tom Hale visited Downing Street. Sir Tom said the Harbour Board was ready.",
            &[
                "Sir Tom Hale=Tom Hale",
                "Downing Street=Downing Street",
                "Sir Tom=Tom Hale",
                "Harbour Board=Harbour Board",
            ],
        );
    }
}
